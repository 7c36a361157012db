CREATE TABLE slugs (
    id integer PRIMARY KEY,
    slug text COLLATE "C" NOT NULL
);
