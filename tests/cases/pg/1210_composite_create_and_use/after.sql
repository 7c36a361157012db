CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);

-- A composite of user types, and one that nests it (created after it).
CREATE TYPE money_amount AS (amount cents, currency char(3) COLLATE "C");
CREATE TYPE priced_line AS (sku text, price money_amount, feeling mood);

COMMENT ON TYPE money_amount IS 'an amount with its currency';

CREATE FUNCTION line_total(l priced_line) RETURNS bigint LANGUAGE sql AS $$ SELECT (l.price).amount $$;

CREATE TABLE orders (
    id integer PRIMARY KEY,
    note text,
    total money_amount,
    lines priced_line[]
);
