CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean,
    visits integer NOT NULL DEFAULT 0,
    nickname text NOT NULL
);
CREATE INDEX users_email_idx ON users (email);
