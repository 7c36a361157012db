UPDATE orders SET status = 'cancelled' WHERE status = 'canceled';
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_status_known
  CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled'));
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::order_status;
