DROP INDEX customers_external_id_key;
SET lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN external_id;
