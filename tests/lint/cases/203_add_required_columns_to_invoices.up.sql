SET lock_timeout = '5s';
ALTER TABLE invoices
  ADD COLUMN billing_name text NOT NULL,
  ADD COLUMN billing_country char(2) NOT NULL DEFAULT 'US',
  ADD COLUMN tax_id text;
