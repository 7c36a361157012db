CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    balance numeric NOT NULL
);
CREATE VIEW my_accounts WITH (security_barrier, security_invoker = true) AS
    SELECT id, balance FROM accounts WHERE owner = current_user;
CREATE VIEW positive_accounts AS
    SELECT id, owner, balance FROM accounts WHERE balance > 0
    WITH LOCAL CHECK OPTION;
