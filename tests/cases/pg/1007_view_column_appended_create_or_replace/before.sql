-- customer_list gains a column at the end with the others unchanged:
-- CREATE OR REPLACE VIEW does it in place, so neither it nor the view on top
-- of it (customer_count) is dropped.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);

CREATE VIEW customer_list AS
    SELECT id, name FROM customers;

CREATE VIEW customer_count AS
    SELECT count(*) AS n FROM customer_list;
