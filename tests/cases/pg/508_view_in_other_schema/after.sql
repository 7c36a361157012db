CREATE SCHEMA api;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text,
    balance numeric
);

CREATE VIEW api.accounts AS
    SELECT id, owner FROM public.accounts WHERE balance >= 0;
