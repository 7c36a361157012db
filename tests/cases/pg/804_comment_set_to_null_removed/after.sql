CREATE TABLE users (
    id integer PRIMARY KEY
);

COMMENT ON TABLE users IS 'Users';
COMMENT ON TABLE users IS NULL;
