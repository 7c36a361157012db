CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE t (id integer PRIMARY KEY, p pair);
