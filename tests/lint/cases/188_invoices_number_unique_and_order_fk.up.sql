SET lock_timeout = '5s';
ALTER TABLE invoices
  ADD CONSTRAINT invoices_number_key UNIQUE (number),
  ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);
