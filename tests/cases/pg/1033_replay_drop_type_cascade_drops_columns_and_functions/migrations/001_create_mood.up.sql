CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    current mood DEFAULT 'ok'
);

CREATE FUNCTION is_ok(m mood) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT m = 'ok' $$;

CREATE FUNCTION shout(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(t) $$;
