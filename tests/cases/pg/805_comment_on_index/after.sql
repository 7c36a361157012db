CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

CREATE INDEX users_email_idx ON users (email);
COMMENT ON INDEX users_email_idx IS 'Lookup by e-mail';
