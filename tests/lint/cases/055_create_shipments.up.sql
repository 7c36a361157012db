CREATE TABLE shipments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  carrier text NOT NULL,
  tracking_number text,
  shipped_at timestamp,
  delivered_at timestamp
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);

SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN tracking_number, DROP COLUMN carrier;
