CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE
);
