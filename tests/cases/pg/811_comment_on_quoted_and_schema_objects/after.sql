CREATE SCHEMA app;

CREATE TABLE app."UserAccounts" (
    "Id" integer PRIMARY KEY,
    "Display Name" text
);

COMMENT ON TABLE app."UserAccounts" IS 'Accounts (mixed case)';
COMMENT ON COLUMN app."UserAccounts"."Display Name" IS 'Shown in the UI; may contain "quotes"';
