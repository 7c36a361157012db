-- What PostgreSQL holds after the migrations: the foreign key and both views
-- point at `customers`; the primary key, its index and the serial sequence
-- keep their names (accounts_pkey, accounts_id_seq).
CREATE SEQUENCE accounts_id_seq AS integer;

CREATE TABLE customers (
    id integer NOT NULL DEFAULT nextval('accounts_id_seq'),
    name text NOT NULL,
    email text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE accounts_id_seq OWNED BY customers.id;

CREATE INDEX customers_email_idx ON customers (email);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL,
    total numeric(10,2) NOT NULL,
    CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX invoices_account_id_idx ON invoices (account_id);

CREATE VIEW account_names AS
    SELECT id, name FROM customers;

CREATE VIEW invoice_totals AS
    SELECT a.name, sum(i.total) AS total
    FROM customers a JOIN invoices i ON i.account_id = a.id
    GROUP BY a.name;
