CREATE TABLE "line items" (
    id INTEGER PRIMARY KEY,
    "product name" TEXT NOT NULL,
    qty INTEGER
);
