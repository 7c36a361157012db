-- shale:no-transaction
DROP INDEX orders_status_idx;
CREATE INDEX orders_open_status_idx ON orders (status) WHERE status NOT IN ('delivered', 'cancelled');
