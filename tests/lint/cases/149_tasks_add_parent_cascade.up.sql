SET lock_timeout = '5s';
ALTER TABLE tasks ADD COLUMN parent_id bigint REFERENCES tasks (id) ON DELETE CASCADE;
CREATE INDEX CONCURRENTLY tasks_parent_id_idx ON tasks (parent_id);
