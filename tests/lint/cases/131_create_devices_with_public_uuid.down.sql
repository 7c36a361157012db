SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN push_token text;
DROP TABLE devices;
