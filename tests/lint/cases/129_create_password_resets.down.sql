SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN reset_token text, ADD COLUMN reset_token_sent_at timestamptz;
DROP TABLE password_resets;
