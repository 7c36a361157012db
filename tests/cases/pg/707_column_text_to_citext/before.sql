CREATE EXTENSION citext;

CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text NOT NULL
);
