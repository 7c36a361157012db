SET lock_timeout = '5s';
ALTER TABLE products DROP COLUMN legacy_sku CASCADE;
