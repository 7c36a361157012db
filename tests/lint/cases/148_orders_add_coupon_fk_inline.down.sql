DROP INDEX orders_coupon_id_idx;
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN coupon_id;
