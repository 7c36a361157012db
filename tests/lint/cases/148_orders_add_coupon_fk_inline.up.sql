SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id) ON DELETE SET NULL;
CREATE INDEX orders_coupon_id_idx ON orders (coupon_id);
