CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE
);

CREATE TABLE invites (
    id integer PRIMARY KEY,
    user_id integer,
    email text REFERENCES users (email)
);
