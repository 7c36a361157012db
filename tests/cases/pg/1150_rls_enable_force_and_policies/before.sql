CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);
