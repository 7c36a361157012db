CREATE TABLE coupons (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code varchar(32) NOT NULL,
  percent_off smallint CHECK (percent_off BETWEEN 1 AND 100),
  amount_off_cents bigint,
  valid_until timestamptz,
  CONSTRAINT coupons_one_discount CHECK ((percent_off IS NULL) <> (amount_off_cents IS NULL))
);

ALTER TABLE orders ADD COLUMN discount_cents bigint NOT NULL;
