create type floatrange as range (subtype = double precision);
create type public.textrange as range (subtype = text);
create type span as range (subtype = bigint);
create table t (id integer primary key, f floatrange, s public.span);
