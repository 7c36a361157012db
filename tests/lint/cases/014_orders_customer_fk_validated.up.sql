SET lock_timeout = '5s';
ALTER TABLE orders
  ADD CONSTRAINT orders_billing_address_id_fkey
  FOREIGN KEY (billing_address_id) REFERENCES addresses (id);
