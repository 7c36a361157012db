SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN profile_id;
