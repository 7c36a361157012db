CREATE TABLE t (
    id integer PRIMARY KEY,
    v integer
);

CREATE VIEW t_view AS SELECT id, v FROM t;
CREATE MATERIALIZED VIEW t_mat AS SELECT count(*) AS n FROM t;
