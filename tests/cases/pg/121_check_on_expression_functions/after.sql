CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
    handle varchar(30) CHECK (length(handle) BETWEEN 3 AND 30),
    CONSTRAINT email_or_handle CHECK (email IS NOT NULL OR handle IS NOT NULL)
);
