SET statement_timeout = '30s';
ALTER TABLE payments ADD COLUMN captured_at timestamptz;
