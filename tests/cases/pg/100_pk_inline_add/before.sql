CREATE TABLE tags (
    id integer NOT NULL,
    name text
);
