CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TABLE t (id integer PRIMARY KEY, f floatrange);
INSERT INTO t VALUES (1, '[1,2)');
