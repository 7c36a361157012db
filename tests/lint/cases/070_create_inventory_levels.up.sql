CREATE TABLE inventory_levels (
  product_id bigint NOT NULL REFERENCES products (id),
  warehouse_id bigint NOT NULL REFERENCES warehouses (id),
  on_hand integer NOT NULL DEFAULT 0,
  reserved integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (product_id, warehouse_id),
  CHECK (reserved <= on_hand)
);

CREATE INDEX inventory_levels_warehouse_id_idx ON inventory_levels (warehouse_id);

SET lock_timeout = '5s';
ALTER TABLE products DROP COLUMN stock_count;
