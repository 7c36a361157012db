CREATE TABLE metrics (id bigint PRIMARY KEY, value double precision);
CREATE MATERIALIZED VIEW metric_stats AS
    SELECT count(*) AS n, max(value) AS peak FROM metrics
WITH NO DATA;
