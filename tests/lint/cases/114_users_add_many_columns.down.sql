DROP INDEX users_last_seen_at_idx;
SET lock_timeout = '5s';
ALTER TABLE users
  DROP COLUMN last_seen_at,
  DROP COLUMN marketing_opt_in,
  DROP COLUMN timezone,
  DROP COLUMN locale;
