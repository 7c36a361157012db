CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL, owner text);
-- A column removed: the view is dropped and created again, and its trigger and comments with it.
CREATE VIEW account_balances AS SELECT id, balance FROM accounts;
COMMENT ON COLUMN account_balances.balance IS 'in cents';
CREATE FUNCTION insert_account_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO accounts (id, balance) VALUES (NEW.id, NEW.balance);
  RETURN NEW;
END
$$;
CREATE TRIGGER account_balances_insert INSTEAD OF INSERT ON account_balances
    FOR EACH ROW EXECUTE FUNCTION insert_account_balance();
