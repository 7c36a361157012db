CREATE TABLE orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL
);
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
