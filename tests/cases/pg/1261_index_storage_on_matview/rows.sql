SELECT id, region, amount FROM sales ORDER BY id;
SELECT region, total FROM region_totals ORDER BY region;
