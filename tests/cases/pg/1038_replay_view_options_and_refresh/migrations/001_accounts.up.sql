CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts AS SELECT id, balance FROM accounts WHERE owner = current_user;
CREATE MATERIALIZED VIEW totals AS SELECT sum(balance) AS total FROM accounts WITH NO DATA;
