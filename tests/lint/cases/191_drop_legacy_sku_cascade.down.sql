-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE products ADD COLUMN legacy_sku text;
