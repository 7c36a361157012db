CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE VIEW positive_accounts WITH (check_option = 'cascaded') AS
    SELECT id, balance FROM accounts WHERE balance > 0;
CREATE VIEW guarded AS SELECT id FROM accounts;
ALTER VIEW guarded SET (security_invoker);
