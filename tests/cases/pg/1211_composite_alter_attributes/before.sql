CREATE TYPE address AS (street text, city text, zip integer);
CREATE TYPE point2 AS (x integer, y integer);

CREATE FUNCTION norm(p point2) RETURNS integer LANGUAGE sql AS $$ SELECT abs(p.x) + abs(p.y) $$;

CREATE TABLE people (
    id integer PRIMARY KEY,
    home address
);
