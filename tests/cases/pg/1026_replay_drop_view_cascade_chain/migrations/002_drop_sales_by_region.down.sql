CREATE VIEW sales_by_region AS
    SELECT region, sum(amount) AS total FROM sales GROUP BY region;

CREATE VIEW top_regions AS
    SELECT region, total FROM sales_by_region WHERE total > 1000;

CREATE VIEW top_region_names AS
    SELECT region FROM top_regions;
