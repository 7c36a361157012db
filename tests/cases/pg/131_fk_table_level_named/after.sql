CREATE TABLE authors (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id)
);
