CREATE TABLE user_settings (
  user_id bigint PRIMARY KEY REFERENCES users (id),
  theme text NOT NULL DEFAULT 'system',
  email_digest text NOT NULL DEFAULT 'weekly',
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO user_settings (user_id, theme, email_digest)
SELECT user_id, coalesce(theme, 'system'), coalesce(digest, 'weekly') FROM user_preferences;

DROP TABLE user_preferences;
