SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN shard smallint DEFAULT floor(random() * 16)::smallint;
ALTER TABLE users ADD COLUMN unsubscribe_token text DEFAULT md5(random()::text);
