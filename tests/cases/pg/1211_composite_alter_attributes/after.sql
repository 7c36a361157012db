-- Stored by a table: attributes are dropped and added in place, not retyped.
CREATE TYPE address AS (street text, city text, country text COLLATE "C");

-- Used by a function only: an attribute is retyped in place.
CREATE TYPE point2 AS (x bigint, y integer, z integer);

CREATE FUNCTION norm(p point2) RETURNS integer LANGUAGE sql AS $$ SELECT abs(p.x) + abs(p.y) $$;

COMMENT ON TYPE address IS 'a postal address';

CREATE TABLE people (
    id integer PRIMARY KEY,
    home address
);
