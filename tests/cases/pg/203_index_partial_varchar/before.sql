CREATE TABLE jobs (
    id integer PRIMARY KEY,
    s varchar(10) NOT NULL
);
