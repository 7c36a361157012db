SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN unsubscribe_token, DROP COLUMN shard;
