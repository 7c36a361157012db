CREATE TABLE "UserAccounts" (
    "Id" integer PRIMARY KEY,
    "EmailAddress" text NOT NULL,
    "DisplayName" varchar(100)
);

CREATE TABLE "Order" (
    "OrderId" bigint PRIMARY KEY,
    "UserId" integer NOT NULL REFERENCES "UserAccounts" ("Id"),
    "Total" numeric(10,2)
);
