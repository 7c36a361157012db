-- Nothing uses code: a new base type is a drop and a create.
CREATE DOMAIN code AS varchar(20) COLLATE "C" CHECK (VALUE <> '');
CREATE DOMAIN amount AS integer;
CREATE TABLE t (id integer PRIMARY KEY, a amount);
