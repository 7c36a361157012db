-- The generated column's expression, the index predicate and the trigger's
-- WHEN condition all follow the renamed column.
CREATE TABLE lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (quantity * price) STORED
);

CREATE INDEX lines_big_idx ON lines (id) WHERE quantity > 100;

CREATE FUNCTION lines_check() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER lines_positive BEFORE INSERT OR UPDATE ON lines
    FOR EACH ROW WHEN (NEW.quantity > 0) EXECUTE FUNCTION lines_check();
