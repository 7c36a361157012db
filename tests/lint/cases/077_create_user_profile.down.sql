ALTER TABLE users ADD COLUMN bio text, ADD COLUMN avatar_url text;
DROP TABLE user_profile;
