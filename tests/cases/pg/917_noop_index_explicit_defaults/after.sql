CREATE TABLE t (
    a integer,
    b text
);
CREATE INDEX t_a_b_idx ON t USING btree (a ASC, b ASC NULLS LAST);
