CREATE SCHEMA billing;

CREATE DOMAIN quantity AS integer DEFAULT 1 NOT NULL
    CONSTRAINT quantity_positive CHECK (VALUE > 0)
    CHECK (VALUE < 1000000);

-- A domain over a domain: it keeps its base's default, and comes after it.
CREATE DOMAIN small_qty AS quantity CHECK (VALUE <> 13);

CREATE DOMAIN billing.email AS varchar(200) COLLATE "C"
    CHECK (VALUE ~ '^[^@]+@[^@]+$');

COMMENT ON DOMAIN billing.email IS 'an address, checked loosely';

CREATE FUNCTION double_qty(q quantity) RETURNS integer LANGUAGE sql AS $$ SELECT q * 2 $$;

CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;

CREATE DOMAIN even_int AS integer CHECK (is_even(VALUE));

CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    qty quantity
);

CREATE TABLE billing.customers (
    id integer PRIMARY KEY,
    email billing.email NOT NULL,
    sizes small_qty[],
    pairs even_int
);
