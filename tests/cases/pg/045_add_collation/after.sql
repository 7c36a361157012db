CREATE TABLE slugs (
    id integer PRIMARY KEY,
    slug text COLLATE "C" NOT NULL,
    code varchar(10) COLLATE "C"
);
