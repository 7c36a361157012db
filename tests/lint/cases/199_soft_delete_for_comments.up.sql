SET lock_timeout = '5s';
ALTER TABLE comments ADD COLUMN deleted_at timestamptz;
UPDATE comments SET deleted_at = updated_at WHERE is_deleted;
ALTER TABLE comments DROP COLUMN is_deleted;
CREATE INDEX comments_live_idx ON comments (task_id, created_at) WHERE deleted_at IS NULL;
