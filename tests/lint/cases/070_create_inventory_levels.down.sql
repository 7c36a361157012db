SET lock_timeout = '5s';
ALTER TABLE products ADD COLUMN stock_count integer NOT NULL DEFAULT 0;
DROP TABLE inventory_levels;
