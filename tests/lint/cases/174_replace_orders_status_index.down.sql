-- shale:no-transaction
DROP INDEX CONCURRENTLY orders_open_status_idx;
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
