CREATE TABLE "Order" (
    "OrderId" integer PRIMARY KEY,
    "CustomerName" text
);

CREATE INDEX "Order_CustomerName_idx" ON "Order" ("CustomerName");
CREATE INDEX "order by name lower" ON "Order" (lower("CustomerName"));
