CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts WITH (security_barrier) AS
    SELECT id FROM accounts WHERE owner = current_user;
