CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts WITH (security_barrier) AS SELECT id, balance FROM accounts WHERE owner = current_user;
COMMENT ON COLUMN my_accounts.balance IS 'in cents';
CREATE MATERIALIZED VIEW totals AS SELECT sum(balance) AS total FROM accounts;
