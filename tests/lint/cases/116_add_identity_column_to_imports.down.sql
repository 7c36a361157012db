SET lock_timeout = '5s';
ALTER TABLE csv_imports DROP COLUMN seq;
