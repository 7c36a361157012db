CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x integer, y integer);
CREATE TYPE geo.segment AS (a geo.point2, b geo.point2);
CREATE TABLE geo.routes (id integer PRIMARY KEY, leg geo.segment, stops geo.point2[]);
CREATE FUNCTION geo.dx(s geo.segment) RETURNS integer LANGUAGE sql AS $$ SELECT (s.b).x - (s.a).x $$;
INSERT INTO geo.routes VALUES (1, ROW(ROW(0, 0), ROW(3, 4)), ARRAY[ROW(1, 1)::geo.point2]);
