CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10,2),
    status text
);

CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total, status);
