CREATE TABLE users (
    id integer PRIMARY KEY
);

COMMENT ON TABLE users IS 'Registered users';
