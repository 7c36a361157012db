-- removing 'legacy' requires rebuilding the type (create new, alter columns, drop old)
CREATE TYPE account_kind AS ENUM ('free', 'legacy', 'pro');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind account_kind NOT NULL DEFAULT 'free'
);
