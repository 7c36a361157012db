CREATE TABLE tokens (
    id integer PRIMARY KEY,
    token text NOT NULL
);
