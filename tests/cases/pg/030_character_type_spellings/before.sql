CREATE TABLE labels (
    id integer PRIMARY KEY
);
