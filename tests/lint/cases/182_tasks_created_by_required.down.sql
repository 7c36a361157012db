SET lock_timeout = '5s';
DROP INDEX tasks_created_by_idx;
ALTER TABLE tasks DROP COLUMN created_by;
