SET lock_timeout = '5s';
ALTER TABLE invoices DROP COLUMN tax_id, DROP COLUMN billing_country, DROP COLUMN billing_name;
