-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN legacy_session_id bigint;
CREATE TABLE legacy_sessions (id bigint PRIMARY KEY, user_id bigint NOT NULL, data bytea);
