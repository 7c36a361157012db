SET lock_timeout = '5s';
ALTER TABLE invoices DROP COLUMN po_number;
ALTER TABLE invoices DROP COLUMN memo;
