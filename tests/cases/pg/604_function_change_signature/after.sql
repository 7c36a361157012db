CREATE FUNCTION greet(name text, greeting text DEFAULT 'Hello') RETURNS text
    LANGUAGE sql
    AS $$ SELECT greeting || ', ' || name $$;
