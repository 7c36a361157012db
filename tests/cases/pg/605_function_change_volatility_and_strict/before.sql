CREATE FUNCTION normalize_email(e text) RETURNS text
    LANGUAGE sql
    AS $$ SELECT lower(trim(e)) $$;
