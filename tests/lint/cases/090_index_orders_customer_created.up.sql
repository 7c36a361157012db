-- Customer order history page sorts by created_at.
-- shale:no-transaction
CREATE INDEX CONCURRENTLY orders_customer_id_created_at_idx
  ON orders (customer_id, created_at DESC);
