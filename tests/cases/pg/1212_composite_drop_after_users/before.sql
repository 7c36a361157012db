CREATE TYPE pair AS (a integer, b integer);
CREATE TYPE pairs AS (first pair, second pair);
CREATE FUNCTION sum_pair(p pair) RETURNS integer LANGUAGE sql AS $$ SELECT p.a + p.b $$;
CREATE TABLE t (id integer PRIMARY KEY, p pair, label text);
