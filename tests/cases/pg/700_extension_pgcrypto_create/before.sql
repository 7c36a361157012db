CREATE TABLE secrets (
    id integer PRIMARY KEY,
    value text
);
