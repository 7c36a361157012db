SET lock_timeout = '5s';
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
ALTER TABLE orders ADD COLUMN archived_at timestamptz;
