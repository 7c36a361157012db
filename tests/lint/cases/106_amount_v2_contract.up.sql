SET lock_timeout = '5s';
DROP TRIGGER invoices_sync_amount_v2 ON invoices;
DROP FUNCTION invoices_sync_amount_v2();
ALTER TABLE invoices DROP COLUMN amount;
ALTER TABLE invoices RENAME COLUMN amount_v2 TO amount;
