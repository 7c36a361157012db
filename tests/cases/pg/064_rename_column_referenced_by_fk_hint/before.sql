CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    writer integer REFERENCES authors (id)
);
