SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN paid_amount_cents bigint;
DROP TABLE payments;
