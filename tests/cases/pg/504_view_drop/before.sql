CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

CREATE VIEW user_emails AS SELECT email FROM users;
