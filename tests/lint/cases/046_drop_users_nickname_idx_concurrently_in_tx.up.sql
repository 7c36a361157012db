SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY users_nickname_idx;
