-- The version the migrations updated to, named.
CREATE EXTENSION citext VERSION '1.5';
CREATE TABLE t (id integer PRIMARY KEY, email citext);
