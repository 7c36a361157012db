CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TYPE coderange AS RANGE (subtype = text);
CREATE TABLE t (id integer PRIMARY KEY, f floatrange, label text);
