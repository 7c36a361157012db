SET lock_timeout = '5s';
ALTER TABLE invoices DROP CONSTRAINT invoices_order_id_fkey, DROP CONSTRAINT invoices_number_key;
