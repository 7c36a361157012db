CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

COMMENT ON TABLE users IS 'All registered users, including inactive ones';
COMMENT ON COLUMN users.email IS 'It''s the login e-mail';
