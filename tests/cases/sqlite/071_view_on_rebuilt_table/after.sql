CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price NUMERIC
);

CREATE VIEW cheap_products AS
    SELECT id, name, price FROM products WHERE price < 10;
