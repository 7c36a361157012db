SET lock_timeout = '5s'; ALTER TABLE invoices ADD COLUMN voided_at timestamptz;
SET statement_timeout = '10s'; UPDATE invoices SET voided_at = now() WHERE status = 'void';
