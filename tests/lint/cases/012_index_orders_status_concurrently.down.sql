-- shale:no-transaction
DROP INDEX CONCURRENTLY orders_status_created_at_idx;
