CREATE TABLE documents (
    id integer PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    title text NOT NULL
);
