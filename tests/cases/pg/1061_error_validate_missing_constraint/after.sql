CREATE TABLE users (id integer PRIMARY KEY);

ALTER TABLE users
    VALIDATE CONSTRAINT users_age_check;
