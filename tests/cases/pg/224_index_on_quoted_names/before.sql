CREATE TABLE "Order" (
    "OrderId" integer PRIMARY KEY,
    "CustomerName" text
);
