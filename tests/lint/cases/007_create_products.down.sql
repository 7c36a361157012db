ALTER TABLE orders DROP COLUMN product_count;
DROP TABLE products;
