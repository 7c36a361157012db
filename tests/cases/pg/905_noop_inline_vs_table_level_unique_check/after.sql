CREATE TABLE t (
    id integer,
    email text,
    age integer,
    UNIQUE (email),
    CHECK (age > 0)
);
