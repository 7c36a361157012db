CREATE TABLE docs (
    id integer PRIMARY KEY,
    body jsonb NOT NULL DEFAULT '{}'
);
