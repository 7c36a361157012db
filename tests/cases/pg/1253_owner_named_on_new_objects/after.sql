CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text NOT NULL);
ALTER TABLE orders OWNER TO app_owner;
-- the view changes shape: dropped and created again, and given its owner back
CREATE VIEW order_totals AS SELECT total, id FROM orders;
ALTER VIEW order_totals OWNER TO app_owner;
-- a new schema, table, sequence and function get their owner after their CREATE
CREATE SCHEMA reports AUTHORIZATION app_owner;
CREATE TABLE reports.daily (day date PRIMARY KEY, id bigserial, orders bigint NOT NULL);
ALTER TABLE reports.daily OWNER TO app_owner;
CREATE SEQUENCE reports.batch_numbers;
ALTER SEQUENCE reports.batch_numbers OWNER TO app_other;
CREATE FUNCTION reports.order_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;
ALTER FUNCTION reports.order_count() OWNER TO app_owner;
