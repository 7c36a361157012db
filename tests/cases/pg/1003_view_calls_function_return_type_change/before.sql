-- line_total's return type changes (integer → bigint), which needs DROP
-- FUNCTION + CREATE FUNCTION; the view calling it must be dropped before and
-- recreated after. other_lines does not call it and stays.
CREATE TABLE lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price integer NOT NULL
);

CREATE FUNCTION line_total(q integer, p integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT q * p $$;

CREATE VIEW line_totals AS
    SELECT id, line_total(qty, unit_price) AS total FROM lines;

CREATE VIEW other_lines AS
    SELECT id, qty FROM lines;
