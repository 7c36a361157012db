CREATE EXTENSION pgcrypto;

CREATE TABLE secrets (
    id integer PRIMARY KEY,
    value text,
    salt text DEFAULT gen_salt('bf')
);
