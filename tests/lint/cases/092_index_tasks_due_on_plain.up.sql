SET lock_timeout = '5s';
CREATE INDEX tasks_due_on_idx ON tasks (due_on) WHERE state <> 'done';
