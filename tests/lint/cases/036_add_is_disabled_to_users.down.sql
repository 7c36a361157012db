DROP INDEX users_is_disabled_idx;
SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN is_disabled;
