CREATE SEQUENCE order_numbers START WITH 1000;

CREATE TABLE orders (
    id bigint PRIMARY KEY DEFAULT nextval('order_numbers'),
    note text
);
