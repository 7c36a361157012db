ALTER TABLE invoices ADD COLUMN memo text;
SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN po_number text;
