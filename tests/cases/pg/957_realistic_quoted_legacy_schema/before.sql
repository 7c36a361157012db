CREATE SCHEMA "Legacy";

CREATE TABLE "Legacy"."Customer" (
    "CustomerID" integer PRIMARY KEY,
    "Name" varchar(50)
);
