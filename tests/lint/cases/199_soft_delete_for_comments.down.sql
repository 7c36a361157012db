SET lock_timeout = '5s';
DROP INDEX comments_live_idx;
ALTER TABLE comments ADD COLUMN is_deleted boolean NOT NULL DEFAULT false;
UPDATE comments SET is_deleted = true WHERE deleted_at IS NOT NULL;
ALTER TABLE comments DROP COLUMN deleted_at;
