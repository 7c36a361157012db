CREATE TABLE sales (id bigint PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region) WITH (fillfactor = 100, deduplicate_items = off);
