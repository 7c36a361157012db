SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN status text NOT NULL DEFAULT 'active';
CREATE INDEX customers_status_idx ON customers (status) WHERE status <> 'active';
