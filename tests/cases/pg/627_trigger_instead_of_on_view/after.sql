CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE VIEW account_balances AS SELECT id, balance FROM accounts;
CREATE FUNCTION insert_account_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO accounts VALUES (NEW.id, NEW.balance);
  RETURN NEW;
END
$$;
CREATE TRIGGER account_balances_insert INSTEAD OF INSERT ON account_balances
    FOR EACH ROW EXECUTE FUNCTION insert_account_balance();
COMMENT ON TRIGGER account_balances_insert ON account_balances IS 'writes through';
