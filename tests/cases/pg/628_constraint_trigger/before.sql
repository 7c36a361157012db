CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION check_order_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.total < 0 THEN RAISE EXCEPTION 'negative total'; END IF;
  RETURN NULL;
END
$$;
