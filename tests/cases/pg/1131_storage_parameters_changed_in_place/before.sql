CREATE TABLE hot (id integer PRIMARY KEY, n integer, note text) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE cold (id integer, doc jsonb) WITH (toast.autovacuum_enabled = false);
CREATE MATERIALIZED VIEW hot_totals AS SELECT sum(n) AS total FROM hot;
