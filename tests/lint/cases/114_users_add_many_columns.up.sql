SET lock_timeout = '5s';
ALTER TABLE users
  ADD COLUMN locale text NOT NULL DEFAULT 'en',
  ADD COLUMN timezone text NOT NULL DEFAULT 'UTC',
  ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false,
  ADD COLUMN last_seen_at timestamptz;
CREATE INDEX users_last_seen_at_idx ON users (last_seen_at);
