SET lock_timeout = '5s';
-- shale:ignore drop-table this only drops a column
ALTER TABLE orders DROP COLUMN affiliate_code;
