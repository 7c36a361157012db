-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN phone_raw text;
ALTER TABLE customers RENAME COLUMN phone_e164 TO phone;
