CREATE SCHEMA "Legacy";

CREATE TABLE "Legacy"."Customer" (
    "CustomerID" integer PRIMARY KEY,
    "Name" varchar(100) NOT NULL,
    "E-Mail" text UNIQUE
);

CREATE TABLE "Legacy"."Order" (
    "OrderID" integer PRIMARY KEY,
    "CustomerID" integer NOT NULL REFERENCES "Legacy"."Customer" ("CustomerID"),
    "order" integer,
    "user" text
);

CREATE INDEX "IX_Order_Customer" ON "Legacy"."Order" ("CustomerID");
