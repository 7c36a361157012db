SET lock_timeout = '5s';
ALTER TABLE tasks ADD COLUMN created_by bigint NOT NULL REFERENCES users (id);
CREATE INDEX tasks_created_by_idx ON tasks (created_by);
