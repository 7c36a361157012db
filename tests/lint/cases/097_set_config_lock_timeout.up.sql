SELECT set_config('lock_timeout', '5s', true);
ALTER TABLE refunds ADD COLUMN processed_at timestamptz;
