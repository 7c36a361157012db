SET lock_timeout = '10s';
ALTER TABLE order_items ALTER COLUMN order_id TYPE bigint;
ALTER TABLE orders ALTER COLUMN id TYPE bigint;
ALTER SEQUENCE orders_id_seq AS bigint;
