CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id),
    title text
);

CREATE VIEW book_titles AS
SELECT b.id, b.title, a.name AS author
FROM books b
LEFT JOIN authors a ON a.id = b.author_id;
