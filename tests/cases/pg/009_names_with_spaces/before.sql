CREATE TABLE "customer orders" (
    "order id" integer PRIMARY KEY,
    "placed at" timestamp
);
