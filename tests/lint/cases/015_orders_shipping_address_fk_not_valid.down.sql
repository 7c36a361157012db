SET lock_timeout = '5s';
ALTER TABLE orders DROP CONSTRAINT orders_shipping_address_id_fkey;
