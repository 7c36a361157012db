-- The view reads `orders` under the alias `o`; a table named `o` changes a
-- column type. The view does not depend on `o` and must not be recreated.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL
);

CREATE TABLE o (
    id integer PRIMARY KEY,
    qty integer NOT NULL
);

CREATE VIEW big_orders AS
    SELECT o.id, o.amount FROM orders o WHERE o.amount > 100;
