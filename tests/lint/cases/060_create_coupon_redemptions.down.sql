SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN coupon_code text;
DROP TABLE coupon_redemptions;
