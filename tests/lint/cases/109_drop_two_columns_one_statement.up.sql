SET lock_timeout = '5s';
ALTER TABLE users
  DROP COLUMN legacy_password_hash,
  DROP COLUMN legacy_salt;
