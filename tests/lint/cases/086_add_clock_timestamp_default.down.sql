SET lock_timeout = '5s';
ALTER TABLE audit_log DROP COLUMN recorded_at;
