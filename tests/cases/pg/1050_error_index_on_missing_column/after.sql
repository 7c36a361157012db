CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer
);

CREATE INDEX t_b_idx ON t (b);
