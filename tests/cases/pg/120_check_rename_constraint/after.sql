CREATE TABLE products (
    id integer PRIMARY KEY,
    qty integer,
    CONSTRAINT products_qty_positive CHECK (qty > 0)
);
