CREATE TABLE tickets (
    id integer PRIMARY KEY,
    number bigint NOT NULL
);
