-- The function returns the table's row type, so the table must be created
-- before it. (PostgreSQL rejects the function before the table in one file —
-- type "items" does not exist — so the file is written in the order it runs
-- in; the plan must still order them by dependency, not by phase.)
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL
);

CREATE FUNCTION cheap_items(max_price numeric) RETURNS SETOF items
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM items WHERE price <= max_price $$;

CREATE FUNCTION item_named(n text) RETURNS items
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM items WHERE name = n LIMIT 1 $$;
