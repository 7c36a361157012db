SET lock_timeout = '5s';
ALTER TABLE invoices DROP CONSTRAINT invoices_currency_fkey;
ALTER TABLE invoices ALTER COLUMN currency TYPE char(3);
DROP TABLE currencies;
