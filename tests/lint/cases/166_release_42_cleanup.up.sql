-- Release 42 cleanup: everything below was deprecated in release 40.
SET lock_timeout = '5s';
DROP TABLE legacy_sessions;
ALTER TABLE users DROP COLUMN legacy_session_id;
DROP INDEX IF EXISTS users_legacy_session_id_idx;
