-- shale:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY users_phone_key ON users (phone) NULLS NOT DISTINCT;
