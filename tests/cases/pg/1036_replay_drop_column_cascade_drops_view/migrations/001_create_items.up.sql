CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL
);

CREATE VIEW item_prices AS
    SELECT id, price FROM items;

CREATE VIEW priced_names AS
    SELECT i.name FROM items i JOIN item_prices p ON p.id = i.id;

CREATE VIEW item_names AS
    SELECT id, name FROM items;
