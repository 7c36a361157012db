CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric CONSTRAINT balance_positive CHECK (balance >= 0)
);

CREATE FUNCTION noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END;
$$;

CREATE TRIGGER accounts_noop BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION noop_trigger();

COMMENT ON CONSTRAINT balance_positive ON accounts IS 'No overdrafts';
COMMENT ON TRIGGER accounts_noop ON accounts IS 'Placeholder trigger';
