SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN is_disabled boolean NOT NULL DEFAULT false;
CREATE INDEX users_is_disabled_idx ON users (is_disabled);
