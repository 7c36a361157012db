-- shale:no-transaction
DROP INDEX CONCURRENTLY users_phone_key;
