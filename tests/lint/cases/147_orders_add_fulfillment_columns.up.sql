SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN fulfilled_at timestamptz;
ALTER TABLE orders ADD COLUMN fulfillment_notes text;
ALTER TABLE orders ADD CONSTRAINT orders_fulfilled_after_placed CHECK (fulfilled_at >= placed_at) NOT VALID;
CREATE INDEX orders_fulfilled_at_idx ON orders (fulfilled_at);
