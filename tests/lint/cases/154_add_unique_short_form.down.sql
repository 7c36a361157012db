SET lock_timeout = '5s';
ALTER TABLE devices DROP CONSTRAINT devices_push_token_key;
