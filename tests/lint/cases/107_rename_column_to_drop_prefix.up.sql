SET lock_timeout = '5s';
ALTER TABLE customers RENAME COLUMN fax TO drop_fax;
