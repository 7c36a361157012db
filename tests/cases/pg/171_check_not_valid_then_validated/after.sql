CREATE TABLE orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    CONSTRAINT orders_qty_positive CHECK (qty > 0)
);
