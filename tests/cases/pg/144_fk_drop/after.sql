CREATE TABLE authors (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer
);
