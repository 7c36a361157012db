SET LOCAL lock_timeout = '3s';
ALTER TABLE payments DROP COLUMN failure_message, DROP COLUMN failure_code;
