CREATE FUNCTION keep_me() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION drop_me(x text) RETURNS text LANGUAGE sql AS $$ SELECT upper(x) $$;
