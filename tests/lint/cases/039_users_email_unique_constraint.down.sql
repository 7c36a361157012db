SET lock_timeout = '5s';
ALTER TABLE users DROP CONSTRAINT users_email_unique;
