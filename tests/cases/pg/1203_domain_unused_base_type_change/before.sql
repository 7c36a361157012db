CREATE DOMAIN code AS varchar(10) CHECK (VALUE <> '');
CREATE DOMAIN amount AS integer;
CREATE TABLE t (id integer PRIMARY KEY, a amount);
