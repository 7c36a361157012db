CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

COMMENT ON TABLE users IS 'Users';
COMMENT ON COLUMN users.email IS 'email';
