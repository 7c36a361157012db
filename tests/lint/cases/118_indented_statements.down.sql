SET lock_timeout = '5s';
ALTER TABLE tasks ALTER COLUMN title TYPE text;
ALTER TABLE tasks DROP COLUMN estimate_minutes;
