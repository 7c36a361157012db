CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    age integer CHECK (age >= 0)
);
CREATE INDEX users_age_idx ON users (age);
COMMENT ON TABLE users IS 'users';
