CREATE TABLE users (
    id integer PRIMARY KEY,
    last_name text
);
