-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN legacy_password_hash text, ADD COLUMN legacy_salt text;
