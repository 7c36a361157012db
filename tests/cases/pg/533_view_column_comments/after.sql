CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL, opened date);
-- A column appended: CREATE OR REPLACE keeps the comments of the others.
CREATE VIEW balances AS SELECT id, balance, opened FROM accounts;
COMMENT ON COLUMN balances.balance IS 'in euros';
COMMENT ON COLUMN balances.opened IS 'opening day';
CREATE MATERIALIZED VIEW totals AS SELECT sum(balance) AS total FROM accounts;
COMMENT ON COLUMN totals.total IS 'sum of all balances';
