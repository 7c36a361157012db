CREATE TABLE t (
    a integer,
    b text
);
CREATE INDEX t_a_b_idx ON t (a, b);
