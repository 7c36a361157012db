-- The view on top reads the renamed view, the view calls the renamed
-- function and the trigger runs the renamed trigger function.
CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION gross_of(p numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p * 1.2 $$;

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

CREATE TRIGGER items_touch BEFORE UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE VIEW gross_prices AS
    SELECT id, gross_of(price) AS gross FROM items;

CREATE VIEW expensive_items AS
    SELECT id FROM gross_prices WHERE gross > 100;
