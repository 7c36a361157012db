CREATE TABLE orders (id bigint PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW big_orders AS SELECT id, qty FROM orders WHERE qty > 10;
GRANT SELECT ON orders TO app_read;
GRANT SELECT ON big_orders TO app_read, app_other;
