CREATE TABLE tickets (
    id integer PRIMARY KEY,
    ref text
);
