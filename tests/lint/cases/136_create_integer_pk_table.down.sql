SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN account_id TYPE bigint;
DROP TABLE accounts;
