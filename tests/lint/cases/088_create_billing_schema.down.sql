SET lock_timeout = '5s';
ALTER TABLE invoices ALTER COLUMN tax_rate TYPE numeric(4,2);
DROP TABLE billing.tax_rates;
DROP SCHEMA billing;
