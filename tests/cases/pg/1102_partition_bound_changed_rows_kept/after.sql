CREATE TABLE ev (id bigint NOT NULL, ts timestamp NOT NULL, PRIMARY KEY (id, ts)) PARTITION BY RANGE (ts);
CREATE INDEX ev_ts ON ev (ts);
-- widened: the rows fit both bounds
CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2025-07-01') TO ('2027-07-01');
CREATE TABLE tags (tag text NOT NULL, n integer) PARTITION BY LIST (tag);
CREATE TABLE tags_ab PARTITION OF tags FOR VALUES IN ('a', 'b', 'c');
CREATE TABLE tags_rest PARTITION OF tags DEFAULT;
