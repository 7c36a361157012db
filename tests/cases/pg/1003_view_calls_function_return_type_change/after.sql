CREATE TABLE lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price integer NOT NULL
);

CREATE FUNCTION line_total(q integer, p integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT q::bigint * p $$;

CREATE VIEW line_totals AS
    SELECT id, line_total(qty, unit_price) AS total FROM lines;

CREATE VIEW other_lines AS
    SELECT id, qty FROM lines;
