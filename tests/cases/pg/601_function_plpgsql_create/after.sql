CREATE TABLE items (
    id integer PRIMARY KEY
);

CREATE FUNCTION clamp(v integer, lo integer, hi integer) RETURNS integer
LANGUAGE plpgsql
AS $$
BEGIN
    IF v < lo THEN
        RETURN lo;
    ELSIF v > hi THEN
        RETURN hi;
    END IF;
    RETURN v;
END;
$$;
