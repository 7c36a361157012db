CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW item_names AS
    SELECT id, name FROM items;
