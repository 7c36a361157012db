CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);

CREATE VIEW customer_list AS
    SELECT id, name, email FROM customers;

CREATE VIEW customer_count AS
    SELECT count(*) AS n FROM customer_list;
