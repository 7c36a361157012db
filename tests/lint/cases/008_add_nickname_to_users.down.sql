DROP INDEX users_nickname_idx;
SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN nickname;
