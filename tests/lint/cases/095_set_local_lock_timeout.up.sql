SET LOCAL lock_timeout = '3s';
SET LOCAL statement_timeout = '60s';
ALTER TABLE payments ADD COLUMN failure_code text;
ALTER TABLE payments ADD COLUMN failure_message text;
