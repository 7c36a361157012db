-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN old_segment text;
