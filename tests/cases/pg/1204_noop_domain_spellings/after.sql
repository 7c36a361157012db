create domain public.quantity as integer default (1) constraint quantity_check check ((value > 0)) constraint quantity_check1 check (value = any (array[1, 2, 3, 5, 8]));
create domain small_qty as quantity default 1 check ((value)::integer <> 4);
create domain code as varchar(12) constraint code_check check (value ~ '^[A-Z]+$'::text) constraint code_check1 check (length(value::text) > 1);
create domain note as text;
create table t (id integer primary key, q small_qty, c public.code, n note);
