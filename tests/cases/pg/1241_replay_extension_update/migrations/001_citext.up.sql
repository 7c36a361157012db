CREATE EXTENSION citext VERSION '1.4';
CREATE TABLE t (id integer PRIMARY KEY, email citext);
INSERT INTO t VALUES (1, 'A@example.com');
