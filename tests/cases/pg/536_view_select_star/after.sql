CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers, total numeric);
CREATE VIEW every_order AS SELECT * FROM orders;
CREATE VIEW order_lines AS
    SELECT o.*, c.name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id;
CREATE VIEW all_of_both AS SELECT customers.*, o.total FROM customers, orders o WHERE o.customer_id = customers.id AND o.total > 0;
CREATE VIEW ids AS SELECT * FROM customers UNION ALL SELECT id, name FROM customers;
CREATE MATERIALIZED VIEW customer_copy AS SELECT * FROM customers;
