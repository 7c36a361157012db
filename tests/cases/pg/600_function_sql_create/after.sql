CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2)
);

CREATE FUNCTION add_vat(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT amount * 1.2 $$;
