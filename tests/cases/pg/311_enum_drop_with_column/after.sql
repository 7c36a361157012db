CREATE TABLE cars (
    id integer PRIMARY KEY
);
