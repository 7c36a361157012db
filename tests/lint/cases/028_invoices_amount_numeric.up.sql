SET lock_timeout = '5s';
ALTER TABLE invoices ALTER COLUMN amount TYPE numeric(12,2);
