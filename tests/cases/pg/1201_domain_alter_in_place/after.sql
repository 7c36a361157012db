CREATE FUNCTION upper_only(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = upper(s) $$;

-- The default changes, NOT NULL is added, one check changes, one goes, one comes.
CREATE DOMAIN quantity AS integer DEFAULT 2 NOT NULL
    CONSTRAINT quantity_positive CHECK (VALUE >= 1)
    CONSTRAINT quantity_even CHECK (VALUE % 5 = 0);

-- A new check that calls a new function (created first); the unnamed one is dropped.
CREATE DOMAIN code AS text DEFAULT 'X' CONSTRAINT code_upper CHECK (upper_only(VALUE));

COMMENT ON DOMAIN code IS 'upper-case codes';

CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity,
    sku code
);
