SET lock_timeout = '5s';
ALTER TABLE plans DROP COLUMN is_public;
