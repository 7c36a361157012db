SET lock_timeout = '5s';
DROP TABLE billing.legacy_invoices;
