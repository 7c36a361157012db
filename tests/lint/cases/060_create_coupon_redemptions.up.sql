CREATE TABLE coupon_redemptions (
  coupon_id bigint NOT NULL REFERENCES coupons (id),
  order_id bigint NOT NULL REFERENCES orders (id),
  redeemed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (coupon_id, order_id)
);

SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN coupon_code;
