SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN invoice_id;
DROP TABLE invoices;
