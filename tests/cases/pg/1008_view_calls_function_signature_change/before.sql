-- price_with_tax gains an argument: a new signature is a different function,
-- so the old one is dropped — after the view that calls it is dropped — and
-- the view is recreated calling the new one.
CREATE TABLE prices (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);

CREATE FUNCTION price_with_tax(net numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT net * 1.2 $$;

CREATE VIEW gross_prices AS
    SELECT id, price_with_tax(net) AS gross FROM prices;
