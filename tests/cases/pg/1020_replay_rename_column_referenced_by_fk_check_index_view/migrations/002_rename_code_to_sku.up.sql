ALTER TABLE products RENAME COLUMN code TO sku;
