CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0
);

CREATE FUNCTION noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END;
$$;

CREATE TRIGGER accounts_balance_changed AFTER UPDATE ON accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance)
    EXECUTE FUNCTION noop_trigger();

CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE PROCEDURE noop_trigger();
