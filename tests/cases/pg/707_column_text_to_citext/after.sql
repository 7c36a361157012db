CREATE EXTENSION citext;

CREATE TABLE tags (
    id integer PRIMARY KEY,
    name citext NOT NULL
);
