SET lock_timeout = '5s';
ALTER TABLE products ALTER COLUMN name TYPE text, ALTER COLUMN sku TYPE text;
