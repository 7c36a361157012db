-- shale:no-transaction
DROP INDEX CONCURRENTLY orders_customer_id_created_at_idx;
