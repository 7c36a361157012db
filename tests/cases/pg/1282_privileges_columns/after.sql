CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text, name text);
GRANT SELECT (id, email, name), UPDATE (name) ON users TO app_write;
GRANT INSERT (email, name), REFERENCES (id) ON users TO app_read WITH GRANT OPTION;
