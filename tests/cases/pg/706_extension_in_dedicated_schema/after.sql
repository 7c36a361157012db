CREATE SCHEMA extensions;

CREATE EXTENSION pgcrypto WITH SCHEMA extensions;

CREATE TABLE tokens (
    id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(),
    digest bytea
);
