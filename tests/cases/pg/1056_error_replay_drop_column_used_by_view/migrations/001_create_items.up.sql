CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL
);

CREATE VIEW item_prices AS
    SELECT id, price FROM items;
