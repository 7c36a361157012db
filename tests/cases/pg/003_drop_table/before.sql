CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE legacy_sessions (
    token text PRIMARY KEY,
    user_id integer,
    expires_at timestamptz
);
