CREATE TABLE user_preferences (user_id bigint PRIMARY KEY, theme text, digest text);
INSERT INTO user_preferences (user_id, theme, digest) SELECT user_id, theme, email_digest FROM user_settings;
DROP TABLE user_settings;
