CREATE FUNCTION normalize_email(e text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(trim(e)) $$;
