-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN drop_fax text;
