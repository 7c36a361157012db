INSERT INTO sales VALUES (1, 'north', 10), (2, 'south', 5), (3, 'north', 1);
REFRESH MATERIALIZED VIEW region_totals;
