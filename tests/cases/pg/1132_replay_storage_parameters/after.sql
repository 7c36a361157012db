CREATE TABLE hot (id integer, body text) WITH (toast.autovacuum_enabled = false, autovacuum_vacuum_threshold = 100);
CREATE MATERIALIZED VIEW hot_ids WITH (fillfactor = 40) AS SELECT id FROM hot;
