-- amount changes type under a materialized view that has an index and a view
-- on top: all three are dropped before the ALTER and recreated after, in
-- dependency order (matview, its index, the view over it).
CREATE TABLE payments (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(8,2) NOT NULL
);

CREATE MATERIALIZED VIEW region_totals AS
    SELECT region, sum(amount) AS total FROM payments GROUP BY region;

CREATE UNIQUE INDEX region_totals_region_idx ON region_totals (region);

CREATE VIEW big_regions AS
    SELECT region FROM region_totals WHERE total > 1000;

CREATE VIEW payment_regions AS
    SELECT id, region FROM payments;
