CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE UNIQUE INDEX users_email_idx ON users (email);
CREATE INDEX users_id_email_idx ON users (id, email);
