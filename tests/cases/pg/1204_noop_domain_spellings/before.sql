CREATE DOMAIN quantity AS int4 DEFAULT 1 CHECK (VALUE > 0) CHECK (value IN (1, 2, 3, 5, 8));
CREATE DOMAIN small_qty AS public.quantity CHECK (VALUE <> 4);
CREATE DOMAIN code AS character varying(12) CHECK (VALUE ~ '^[A-Z]+$') CHECK (length(VALUE) > 1);
CREATE DOMAIN note AS text DEFAULT NULL;
CREATE TABLE t (id int PRIMARY KEY, q small_qty, c code, n note);
