CREATE TABLE public_things (
    id integer PRIMARY KEY
);

CREATE SCHEMA app;

CREATE TABLE app.accounts (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
