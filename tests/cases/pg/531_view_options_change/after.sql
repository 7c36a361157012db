CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    balance numeric NOT NULL
);
CREATE VIEW my_accounts WITH (security_invoker = on) AS
    SELECT id, balance FROM accounts WHERE owner = current_user;
CREATE VIEW positive_accounts WITH (check_option = local) AS
    SELECT id, owner, balance FROM accounts WHERE balance > 0;
CREATE VIEW big_positive_accounts AS
    SELECT id, owner, balance FROM positive_accounts WHERE balance > 1000;
