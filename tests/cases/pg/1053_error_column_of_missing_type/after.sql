CREATE TABLE t (
    id integer PRIMARY KEY,
    m mood NOT NULL
);
