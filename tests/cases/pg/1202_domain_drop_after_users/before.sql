CREATE DOMAIN quantity AS integer CHECK (VALUE > 0);
CREATE DOMAIN small_qty AS quantity CHECK (VALUE < 10);
CREATE DOMAIN label AS text;

CREATE FUNCTION twice(q small_qty) RETURNS integer LANGUAGE sql AS $$ SELECT q * 2 $$;

CREATE TABLE items (
    id integer PRIMARY KEY,
    qty small_qty,
    tag label
);

CREATE VIEW item_tags AS SELECT id, tag FROM items;
