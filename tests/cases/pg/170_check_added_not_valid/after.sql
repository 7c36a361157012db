CREATE TABLE orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL
);
-- Old rows may break it; new and updated rows must not.
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
