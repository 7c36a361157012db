CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text NOT NULL);
ALTER TABLE orders OWNER TO app_owner;
CREATE VIEW order_totals AS SELECT id, total FROM orders;
ALTER VIEW order_totals OWNER TO app_owner;
