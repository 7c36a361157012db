DROP INDEX tasks_parent_id_idx;
SET lock_timeout = '5s';
ALTER TABLE tasks DROP COLUMN parent_id;
