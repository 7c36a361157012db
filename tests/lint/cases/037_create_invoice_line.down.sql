SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN line_items jsonb;
DROP TABLE invoice_line;
