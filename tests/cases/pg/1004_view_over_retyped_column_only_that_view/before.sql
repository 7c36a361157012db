-- price changes type. cheap_products reads price, so it is dropped before the
-- ALTER COLUMN … TYPE and recreated after; product_names reads other columns
-- of the same table (PostgreSQL allows the ALTER with it in place) and
-- order_view reads another table: neither is touched.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(8,2) NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES products (id),
    price numeric(8,2) NOT NULL
);

CREATE VIEW cheap_products AS
    SELECT id, name, price FROM products WHERE price < 10;

CREATE VIEW product_names AS
    SELECT id, name FROM products;

CREATE VIEW order_view AS
    SELECT id, product_id, price FROM orders;
