SET lock_timeout = '5s';
ALTER TABLE refunds DROP COLUMN approved_at, DROP COLUMN approved_by;
