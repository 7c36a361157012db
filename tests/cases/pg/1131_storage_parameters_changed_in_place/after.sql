CREATE TABLE hot (id integer PRIMARY KEY, n integer, note text) WITH (fillfactor = 80, toast.autovacuum_enabled = false);
CREATE TABLE cold (id integer, doc jsonb);
CREATE MATERIALIZED VIEW hot_totals WITH (autovacuum_enabled = off) AS SELECT sum(n) AS total FROM hot;
