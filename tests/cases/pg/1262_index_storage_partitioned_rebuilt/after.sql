-- PostgreSQL 15 refuses ALTER INDEX … SET on a partitioned table's index: it is rebuilt
CREATE TABLE readings (id bigint NOT NULL, taken date NOT NULL, value numeric) PARTITION BY RANGE (taken);
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX readings_value ON readings (value) WITH (fillfactor = 90);
CREATE TABLE plain (id bigint PRIMARY KEY, value numeric);
CREATE INDEX plain_value ON plain (value) WITH (fillfactor = 90);
