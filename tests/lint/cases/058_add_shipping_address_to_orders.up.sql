SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipping_address_id bigint;
ALTER TABLE orders ADD COLUMN billing_address_id bigint;
CREATE INDEX orders_shipping_address_id_idx ON orders (shipping_address_id);
CREATE INDEX orders_billing_address_id_idx ON orders (billing_address_id);
