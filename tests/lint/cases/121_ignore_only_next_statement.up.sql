SET lock_timeout = '5s';
-- shale:ignore drop-column verified unused with pg_stat_statements
ALTER TABLE orders DROP COLUMN gift_message;
ALTER TABLE orders DROP COLUMN gift_wrap;
