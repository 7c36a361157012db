SET lock_timeout = '5s';
ALTER TABLE customers RENAME COLUMN phone TO phone_e164;
ALTER TABLE customers DROP COLUMN phone_raw;
