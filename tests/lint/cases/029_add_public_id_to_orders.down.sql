DROP INDEX orders_public_id_key;
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN public_id;
