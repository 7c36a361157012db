CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL DEFAULT '',
    created_at timestamptz DEFAULT now()
);
CREATE INDEX users_email_idx ON users (email);
