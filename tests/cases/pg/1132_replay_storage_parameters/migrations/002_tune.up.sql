ALTER TABLE hot SET (fillfactor = 60, toast.autovacuum_enabled = false);
ALTER TABLE hot RESET (fillfactor);
ALTER TABLE hot SET (autovacuum_vacuum_threshold = 100);
ALTER MATERIALIZED VIEW hot_ids SET (fillfactor = 40);
