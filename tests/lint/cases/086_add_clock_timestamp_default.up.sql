SET lock_timeout = '5s';
ALTER TABLE audit_log ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT clock_timestamp();
