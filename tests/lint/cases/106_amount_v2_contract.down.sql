-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE invoices RENAME COLUMN amount TO amount_v2;
ALTER TABLE invoices ADD COLUMN amount integer;
