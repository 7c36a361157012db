CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE VIEW v WITH (security_barrier = maybe) AS SELECT id FROM accounts;
