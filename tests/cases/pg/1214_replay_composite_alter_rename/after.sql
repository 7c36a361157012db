CREATE SCHEMA geo;
CREATE TYPE geo.vertex AS (x integer, y integer, name text);
COMMENT ON TYPE geo.vertex IS 'a point with a name';
CREATE TYPE geo.segment AS (a geo.vertex, b geo.vertex);
CREATE TABLE geo.routes (id integer PRIMARY KEY, leg geo.segment, stops geo.vertex[]);
CREATE FUNCTION geo.dx(s geo.segment) RETURNS integer LANGUAGE sql AS $$ SELECT (s.b).x - (s.a).x $$;
