CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE account_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id integer NOT NULL,
    old_balance numeric(12,2),
    new_balance numeric(12,2),
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_audit (account_id, old_balance, new_balance)
    VALUES (NEW.id, OLD.balance, NEW.balance);
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER accounts_audit BEFORE UPDATE OF balance ON accounts
    FOR EACH ROW EXECUTE FUNCTION audit_balance();
