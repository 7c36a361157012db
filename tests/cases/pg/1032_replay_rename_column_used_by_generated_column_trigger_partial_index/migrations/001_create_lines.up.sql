CREATE TABLE lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price) STORED
);

CREATE INDEX lines_big_idx ON lines (id) WHERE qty > 100;

CREATE FUNCTION lines_check() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER lines_positive BEFORE INSERT OR UPDATE ON lines
    FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION lines_check();
