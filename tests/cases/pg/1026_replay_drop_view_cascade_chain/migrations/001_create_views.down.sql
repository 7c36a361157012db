DROP VIEW top_region_names, top_regions, sales_by_region, big_sales;
DROP TABLE sales;
