CREATE TABLE arrays (
    id integer PRIMARY KEY,
    tags text[]
);
