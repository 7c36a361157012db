-- shale:no-transaction
SET lock_timeout = '5s';
CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);
