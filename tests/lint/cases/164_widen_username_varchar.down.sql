SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN username TYPE varchar(50);
