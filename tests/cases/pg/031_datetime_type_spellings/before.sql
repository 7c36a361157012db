CREATE TABLE schedule (
    id integer PRIMARY KEY
);
