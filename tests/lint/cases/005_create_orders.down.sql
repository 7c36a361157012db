CREATE TABLE legacy_orders (id bigint PRIMARY KEY, payload jsonb);
DROP TABLE orders;
