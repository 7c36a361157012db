-- A renamed table: ALTER TABLE … RENAME TO carries the foreign key and the
-- view along (PostgreSQL rewrites them), so neither is dropped; the primary
-- key keeps its name, as after a rename on the database.
-- shale:renamed-from accounts
CREATE TABLE customers (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES customers (id),
    total numeric(10,2) NOT NULL
);

CREATE VIEW account_names AS
    SELECT id, name FROM customers;
