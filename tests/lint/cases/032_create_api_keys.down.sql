SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN api_token text;
DROP TABLE api_keys;
