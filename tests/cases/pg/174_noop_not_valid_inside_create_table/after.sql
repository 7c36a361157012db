CREATE TABLE customers (id integer PRIMARY KEY);
-- PostgreSQL validates constraints written inside CREATE TABLE: NOT VALID means nothing here.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    CONSTRAINT orders_id_check CHECK (id > 0) NOT VALID,
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID
);
