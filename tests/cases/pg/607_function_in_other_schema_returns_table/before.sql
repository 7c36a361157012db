CREATE SCHEMA util;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);
