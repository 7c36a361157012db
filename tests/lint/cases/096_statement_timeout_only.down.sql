SET lock_timeout = '5s';
ALTER TABLE payments DROP COLUMN captured_at;
