CREATE TABLE ratings (
    id integer PRIMARY KEY,
    score integer
);
