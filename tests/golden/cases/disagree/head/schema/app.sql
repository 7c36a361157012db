CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean,
    visits integer NOT NULL DEFAULT 0,
    last_seen_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (email);
