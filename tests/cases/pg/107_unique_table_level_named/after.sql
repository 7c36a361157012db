CREATE TABLE users (
    id integer PRIMARY KEY,
    username text NOT NULL,
    CONSTRAINT users_username_uq UNIQUE (username)
);
