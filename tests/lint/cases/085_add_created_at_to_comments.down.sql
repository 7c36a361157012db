DROP INDEX comments_imported_at_idx;
SET lock_timeout = '5s';
ALTER TABLE comments DROP COLUMN synced_at;
ALTER TABLE comments DROP COLUMN imported_at;
