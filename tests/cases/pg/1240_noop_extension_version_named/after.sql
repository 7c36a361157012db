-- The version installed by default, named: no change.
CREATE EXTENSION citext VERSION '1.6';
CREATE TABLE t (id integer PRIMARY KEY, email citext);
