CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    total numeric(10,2) NOT NULL
);

CREATE VIEW account_names AS
    SELECT id, name FROM accounts;
