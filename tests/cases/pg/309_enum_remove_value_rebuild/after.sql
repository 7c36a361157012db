CREATE TYPE account_kind AS ENUM ('free', 'pro');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind account_kind NOT NULL DEFAULT 'free'
);
