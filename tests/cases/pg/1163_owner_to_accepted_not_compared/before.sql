CREATE SCHEMA billing;
CREATE TYPE billing.plan AS ENUM ('free', 'pro');
CREATE SEQUENCE billing.invoice_numbers;
CREATE TABLE billing.customers (
    id bigint PRIMARY KEY,
    plan billing.plan NOT NULL DEFAULT 'free'
);
CREATE VIEW billing.pro_customers AS SELECT id FROM billing.customers WHERE plan = 'pro';
CREATE FUNCTION billing.next_invoice() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('billing.invoice_numbers') $$;
CREATE PROCEDURE billing.noop() LANGUAGE sql AS $$ SELECT 1 $$;
