CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

-- Range partitions by time, with a key, an index and a foreign key on the parent.
CREATE TABLE ev (
    id bigint NOT NULL,
    account_id bigint REFERENCES accounts (id),
    ts timestamp NOT NULL,
    kind text DEFAULT 'click',
    PRIMARY KEY (id, ts),
    CHECK (id > 0)
) PARTITION BY RANGE (ts);
CREATE INDEX ev_kind_idx ON ev (kind);
CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE ev_2027 PARTITION OF ev FOR VALUES FROM ('2027-01-01 00:00') TO ('2028-01-01 00:00:00');
CREATE TABLE ev_old PARTITION OF ev FOR VALUES FROM (MINVALUE) TO ('2026-01-01');
COMMENT ON TABLE ev_2026 IS 'this year';

-- List partitions, a default one, and one partitioned again by hash.
CREATE TABLE regions (code text, n integer) PARTITION BY LIST (code);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('fr', 'de', 'it''s');
CREATE TABLE regions_none PARTITION OF regions FOR VALUES IN (NULL);
CREATE TABLE regions_other PARTITION OF regions DEFAULT PARTITION BY HASH (n);
CREATE TABLE regions_other_0 PARTITION OF regions_other FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE regions_other_1 PARTITION OF regions_other FOR VALUES WITH (modulus 2, remainder 1);

-- A multi-column range key with an expression; integer bounds.
CREATE TABLE readings (sensor integer, name text, v integer) PARTITION BY RANGE (sensor, lower(name));
CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (-5, 'a') TO (10, MAXVALUE);

-- A foreign key to a partitioned table (PostgreSQL adds one per partition, which are its own).
CREATE TABLE ev_refs (ev_id bigint, ev_ts timestamp, FOREIGN KEY (ev_id, ev_ts) REFERENCES ev (id, ts) ON DELETE CASCADE);
-- A row trigger on the parent (PostgreSQL clones it onto each partition).
CREATE FUNCTION ev_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER ev_touch BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION ev_touch();
