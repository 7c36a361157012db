DROP INDEX orders_billing_address_id_idx;
DROP INDEX orders_shipping_address_id_idx;
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN billing_address_id;
ALTER TABLE orders DROP COLUMN shipping_address_id;
