CREATE TABLE user_profile (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  bio text,
  avatar_url text,
  timezone text NOT NULL DEFAULT 'UTC',
  locale character varying(10) NOT NULL DEFAULT 'en'
);

ALTER TABLE users DROP COLUMN bio, DROP COLUMN avatar_url;
