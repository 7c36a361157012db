CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE VIEW balances AS SELECT id, balance FROM accounts;
COMMENT ON COLUMN balances.id IS 'the account';
COMMENT ON COLUMN balances.balance IS 'in cents';
CREATE MATERIALIZED VIEW totals AS SELECT sum(balance) AS total FROM accounts;
