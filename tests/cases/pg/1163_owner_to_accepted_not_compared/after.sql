-- owners, as pg_dump writes them: accepted, not compared (the plan is empty)
CREATE SCHEMA billing;
ALTER SCHEMA billing OWNER TO app_owner;
CREATE TYPE billing.plan AS ENUM ('free', 'pro');
ALTER TYPE billing.plan OWNER TO app_owner;
CREATE SEQUENCE billing.invoice_numbers;
ALTER SEQUENCE billing.invoice_numbers OWNER TO app_owner;
CREATE TABLE billing.customers (
    id bigint PRIMARY KEY,
    plan billing.plan NOT NULL DEFAULT 'free'
);
ALTER TABLE billing.customers OWNER TO app_owner;
CREATE VIEW billing.pro_customers AS SELECT id FROM billing.customers WHERE plan = 'pro';
ALTER VIEW billing.pro_customers OWNER TO app_owner;
CREATE FUNCTION billing.next_invoice() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('billing.invoice_numbers') $$;
ALTER FUNCTION billing.next_invoice() OWNER TO app_owner;
CREATE PROCEDURE billing.noop() LANGUAGE sql AS $$ SELECT 1 $$;
ALTER PROCEDURE billing.noop OWNER TO app_owner;
