SET lock_timeout = '5s';
ALTER TABLE products ALTER COLUMN sku TYPE varchar(64), ALTER COLUMN name TYPE varchar(255);
