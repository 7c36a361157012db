CREATE TABLE t (
    id integer,
    email text UNIQUE,
    age integer CHECK (age > 0)
);
