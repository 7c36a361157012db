CREATE SCHEMA auth;

CREATE TABLE auth.users (
    id uuid PRIMARY KEY
);

CREATE TABLE profiles (
    id integer PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE
);
