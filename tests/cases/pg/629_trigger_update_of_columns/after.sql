CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL, note text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE UPDATE OF total, note ON orders
    FOR EACH ROW WHEN (OLD.total IS DISTINCT FROM NEW.total OR OLD.note IS DISTINCT FROM NEW.note)
    EXECUTE FUNCTION touch();
