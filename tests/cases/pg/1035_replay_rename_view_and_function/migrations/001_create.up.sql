CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION with_tax(p numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p * 1.2 $$;

CREATE FUNCTION touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

CREATE TRIGGER items_touch BEFORE UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION touch();

CREATE VIEW item_prices AS
    SELECT id, with_tax(price) AS gross FROM items;

CREATE VIEW expensive_items AS
    SELECT id FROM item_prices WHERE gross > 100;
