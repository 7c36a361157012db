SET lock_timeout = '5s';
ALTER TABLE invoices ALTER COLUMN amount TYPE integer USING round(amount)::integer;
