CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(8,2)
);

CREATE VIEW cheap_products AS SELECT id, price FROM products WHERE price < 10;
