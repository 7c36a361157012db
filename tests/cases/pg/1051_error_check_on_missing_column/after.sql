CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer,
    CONSTRAINT t_b_positive CHECK (b > 0)
);
