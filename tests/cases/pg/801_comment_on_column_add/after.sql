CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

COMMENT ON COLUMN users.email IS 'Primary contact address';
COMMENT ON COLUMN users.id IS 'Surrogate key';
