create type public.pair as ("a" integer, b character varying(10), c decimal(8,2)[]);
create type wrapper as (p pair, n text);
create table t (id integer primary key, w public.wrapper);
