CREATE TABLE prices (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);

CREATE FUNCTION price_with_tax(net numeric, rate numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT net * (1 + rate) $$;

CREATE VIEW gross_prices AS
    SELECT id, price_with_tax(net, 0.2) AS gross FROM prices;
