-- CASCADE takes top_regions and top_region_names (views on it) along
DROP VIEW sales_by_region CASCADE;
