CREATE FUNCTION time_diff(a time, b time) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(EPOCH FROM (a - b)) $$;

CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_diff);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = float_ranges);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");

COMMENT ON TYPE timerange IS 'opening hours';

-- A domain over a range, and a composite of one.
CREATE DOMAIN open_hours AS timerange CHECK (NOT isempty(VALUE));
CREATE TYPE slot AS (hours timerange, label textrange);

CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room text NOT NULL,
    hours open_hours,
    weights floatrange[],
    names textrange
);
