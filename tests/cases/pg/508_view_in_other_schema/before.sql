CREATE SCHEMA api;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text,
    balance numeric
);
