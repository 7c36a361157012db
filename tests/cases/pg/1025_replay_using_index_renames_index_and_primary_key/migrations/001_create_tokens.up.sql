CREATE TABLE tokens (
    id integer,
    token text NOT NULL
);
