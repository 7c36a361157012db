CREATE TABLE files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    name varchar(100)
);
