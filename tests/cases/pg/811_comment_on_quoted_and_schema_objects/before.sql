CREATE SCHEMA app;

CREATE TABLE app."UserAccounts" (
    "Id" integer PRIMARY KEY,
    "Display Name" text
);
