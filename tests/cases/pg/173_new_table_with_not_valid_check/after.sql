CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE legacy_orders (
    id integer PRIMARY KEY,
    customer_id integer,
    qty integer
);
ALTER TABLE legacy_orders ADD CONSTRAINT legacy_orders_qty_check CHECK (qty > 0) NOT VALID;
ALTER TABLE legacy_orders ADD FOREIGN KEY (customer_id) REFERENCES customers NOT VALID;
COMMENT ON CONSTRAINT legacy_orders_qty_check ON legacy_orders IS 'old rows predate it';
