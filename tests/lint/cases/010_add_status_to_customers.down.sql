DROP INDEX customers_status_idx;
SET lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN status;
