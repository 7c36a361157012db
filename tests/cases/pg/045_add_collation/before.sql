CREATE TABLE slugs (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    code varchar(10)
);
