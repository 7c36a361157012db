SET lock_timeout = '5s';
DROP VIEW clients;
ALTER TABLE customers RENAME TO clients;
