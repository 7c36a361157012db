-- coderange is unused: its new collation is a drop and a create; floatrange goes after its column.
CREATE TYPE coderange AS RANGE (subtype = text, collation = "C", multirange_type_name = code_multi);
CREATE TABLE t (id integer PRIMARY KEY, label text);
