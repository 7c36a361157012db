ALTER TABLE documents ADD COLUMN is_deleted boolean NOT NULL DEFAULT false;
SET lock_timeout = '5s';
ALTER TABLE documents DROP COLUMN deleted_at;
