CREATE TABLE t (
    id integer PRIMARY KEY,
    v integer
);

CREATE VIEW t_view AS SELECT id, v FROM t;
CREATE MATERIALIZED VIEW t_mat AS SELECT count(*) AS n FROM t;

COMMENT ON VIEW t_view IS 'Public projection of t';
COMMENT ON MATERIALIZED VIEW t_mat IS 'Row count snapshot';
