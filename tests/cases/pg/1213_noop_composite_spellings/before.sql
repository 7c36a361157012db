CREATE TYPE pair AS (a int4, b varchar(10), c numeric(8, 2)[]);
CREATE TYPE wrapper AS (p public.pair, n text);
CREATE TABLE t (id int PRIMARY KEY, w wrapper);
