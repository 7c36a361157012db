CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

CREATE UNIQUE INDEX users_email_uidx ON users (email);
