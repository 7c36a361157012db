CREATE TABLE orders (
    id integer PRIMARY KEY
);

CREATE VIEW order_ids AS
    SELECT id FROM order_lines;
