CREATE TABLE users (
    id integer PRIMARY KEY,
    email text UNIQUE
);
ALTER TABLE users VALIDATE CONSTRAINT users_email_key;
