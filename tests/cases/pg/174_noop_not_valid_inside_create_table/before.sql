CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    CONSTRAINT orders_id_check CHECK (id > 0),
    FOREIGN KEY (customer_id) REFERENCES customers (id)
);
