CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    total numeric(10,2) NOT NULL
);

CREATE INDEX invoices_account_id_idx ON invoices (account_id);

CREATE VIEW account_names AS
    SELECT id, name FROM accounts;

CREATE VIEW invoice_totals AS
    SELECT a.name, sum(i.total) AS total
    FROM accounts a JOIN invoices i ON i.account_id = a.id
    GROUP BY a.name;
