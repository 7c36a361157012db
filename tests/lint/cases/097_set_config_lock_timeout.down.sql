SET lock_timeout = '5s';
ALTER TABLE refunds DROP COLUMN processed_at;
