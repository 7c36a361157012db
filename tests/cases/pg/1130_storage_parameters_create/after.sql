CREATE TABLE base (id integer);
CREATE TABLE hot (id integer PRIMARY KEY, n integer, note text)
    WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE ev (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') WITH (fillfactor = 90);
CREATE MATERIALIZED VIEW hot_totals WITH (fillfactor = 50, vacuum_truncate = false) AS SELECT sum(n) AS total FROM hot;
