SET lock_timeout = '5s';
ALTER TABLE devices ADD UNIQUE (push_token);
