CREATE TABLE t (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
);
