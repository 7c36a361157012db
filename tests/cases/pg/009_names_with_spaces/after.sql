CREATE TABLE "customer orders" (
    "order id" integer PRIMARY KEY,
    "placed at" timestamp,
    "shipping address" text,
    "total amount" numeric(10,2) NOT NULL DEFAULT 0
);
