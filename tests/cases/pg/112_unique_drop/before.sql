CREATE TABLE users (
    id integer PRIMARY KEY,
    email text UNIQUE,
    nickname text,
    UNIQUE (nickname)
);
