-- shale:no-transaction
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);
