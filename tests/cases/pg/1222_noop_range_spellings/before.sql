CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_opclass = float8_ops, multirange_type_name = floatmultirange);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "default");
CREATE TYPE span AS RANGE (subtype = int8, multirange_type_name = span_multirange);
CREATE TABLE t (id int PRIMARY KEY, f public.floatrange, s span);
