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
