SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN status TYPE text;
ALTER TABLE orders DROP CONSTRAINT orders_status_known;
