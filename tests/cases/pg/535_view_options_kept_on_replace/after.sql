CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
-- Replaced in place (a column appended); CREATE OR REPLACE must say the options again.
CREATE VIEW my_accounts WITH (security_barrier) AS
    SELECT id, balance FROM accounts WHERE owner = current_user;
