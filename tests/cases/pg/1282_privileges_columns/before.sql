CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text, name text);
GRANT SELECT (id, email), UPDATE (email) ON users TO app_write;
GRANT SELECT (id) ON users TO app_other;
