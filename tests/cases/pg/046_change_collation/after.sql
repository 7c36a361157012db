CREATE TABLE slugs (
    id integer PRIMARY KEY,
    slug text COLLATE "POSIX" NOT NULL
);
