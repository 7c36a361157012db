SET lock_timeout = '5s';
ALTER TABLE audit_events ALTER COLUMN occurred_at TYPE timestamp USING occurred_at AT TIME ZONE 'UTC';
