-- shale:no-transaction
DROP INDEX CONCURRENTLY users_email_idx;
