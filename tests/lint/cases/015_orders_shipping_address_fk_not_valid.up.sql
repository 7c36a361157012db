SET lock_timeout = '5s';
-- shale:ignore foreign-key-without-index orders_shipping_address_id_idx was built concurrently in the previous migration
ALTER TABLE orders
  ADD CONSTRAINT orders_shipping_address_id_fkey
  FOREIGN KEY (shipping_address_id) REFERENCES addresses (id) NOT VALID;
