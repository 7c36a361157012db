CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id)
);
-- A validated check wanted NOT VALID: dropped and added again, unchecked.
ALTER TABLE orders ADD CONSTRAINT orders_id_check CHECK (id > 0) NOT VALID;
