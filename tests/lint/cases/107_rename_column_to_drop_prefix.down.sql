SET lock_timeout = '5s';
ALTER TABLE customers RENAME COLUMN drop_fax TO fax;
