ALTER TABLE orders DROP COLUMN discount_cents;
DROP TABLE coupons;
