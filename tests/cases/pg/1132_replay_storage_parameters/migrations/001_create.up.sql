CREATE TABLE hot (id integer, body text) WITH (fillfactor = 70);
CREATE MATERIALIZED VIEW hot_ids AS SELECT id FROM hot;
