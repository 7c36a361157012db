CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE UNLOGGED TABLE ev_scratch PARTITION OF ev DEFAULT;
CREATE UNLOGGED TABLE cache (key text PRIMARY KEY, value jsonb, expires timestamp);
CREATE INDEX cache_expires ON cache (expires);
