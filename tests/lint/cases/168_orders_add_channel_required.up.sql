SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN sales_channel text NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_sales_channel_check
  CHECK (sales_channel IN ('web', 'ios', 'android', 'pos')) NOT VALID;
