ALTER TABLE users ADD COLUMN nickname text NOT NULL;
CREATE INDEX users_email_idx ON users (email);
