CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE VIEW positive_accounts AS
    SELECT id, balance FROM accounts WHERE balance > 0
    WITH CHECK OPTION;
CREATE VIEW guarded WITH (security_barrier = false, security_invoker = yes) AS
    SELECT id FROM accounts;
