-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN affiliate_code text;
