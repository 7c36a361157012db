CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE FUNCTION shout(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(t) $$;
