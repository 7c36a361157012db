SET lock_timeout = '5s';
ALTER TABLE documents ADD COLUMN deleted_at timestamptz;
UPDATE documents SET deleted_at = updated_at WHERE is_deleted;
ALTER TABLE documents DROP COLUMN is_deleted;
