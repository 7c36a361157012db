create or replace function public.add_one(x int4)
returns int4
immutable
language SQL
as $$ SELECT x + 1 $$;
