CREATE EXTENSION citext;
CREATE TABLE t (id integer PRIMARY KEY, email citext);
