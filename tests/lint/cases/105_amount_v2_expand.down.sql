DROP TRIGGER invoices_sync_amount_v2 ON invoices;
DROP FUNCTION invoices_sync_amount_v2();
SET lock_timeout = '5s';
ALTER TABLE invoices DROP COLUMN amount_v2;
