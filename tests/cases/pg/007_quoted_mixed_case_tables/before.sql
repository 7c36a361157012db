CREATE TABLE "UserAccounts" (
    "Id" integer PRIMARY KEY,
    "EmailAddress" text NOT NULL
);
