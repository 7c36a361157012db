ALTER TABLE orders CLUSTER ON orders_created_at_idx;
