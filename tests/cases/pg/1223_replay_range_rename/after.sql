CREATE TYPE weight_span AS RANGE (subtype = float8, multirange_type_name = floatmultirange);
CREATE TABLE t (id integer PRIMARY KEY, f weight_span);
