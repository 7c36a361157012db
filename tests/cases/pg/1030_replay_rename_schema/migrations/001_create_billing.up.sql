CREATE SCHEMA billing;

CREATE TYPE billing.invoice_status AS ENUM ('open', 'paid');

CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    status billing.invoice_status NOT NULL DEFAULT 'open'
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES billing.invoices (id)
);

CREATE VIEW open_invoices AS
    SELECT id, amount FROM billing.invoices WHERE status = 'open';
