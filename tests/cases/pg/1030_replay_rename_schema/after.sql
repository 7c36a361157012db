-- What PostgreSQL holds after the schema rename: the type, the table, the
-- default, the foreign key from public and the view all follow the schema.
CREATE SCHEMA accounting;

CREATE TYPE accounting.invoice_status AS ENUM ('open', 'paid');

CREATE TABLE accounting.invoices (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    status accounting.invoice_status NOT NULL DEFAULT 'open'
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES accounting.invoices (id)
);

CREATE VIEW open_invoices AS
    SELECT id, amount FROM accounting.invoices WHERE status = 'open';
