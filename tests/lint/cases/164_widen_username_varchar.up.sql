SET lock_timeout = '5s';
-- binary-coercible, no rewrite, but still an ACCESS EXCLUSIVE lock
ALTER TABLE users ALTER COLUMN username TYPE varchar(100);
