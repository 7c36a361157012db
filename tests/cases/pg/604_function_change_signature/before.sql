CREATE FUNCTION greet(name text) RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'Hello, ' || name $$;
