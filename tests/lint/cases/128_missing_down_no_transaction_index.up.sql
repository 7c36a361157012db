-- shale:no-transaction
CREATE INDEX CONCURRENTLY tasks_updated_at_idx ON tasks (updated_at);
