CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE VIEW account_balances AS SELECT id, balance FROM accounts;
CREATE FUNCTION insert_account_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO accounts VALUES (NEW.id, NEW.balance);
  RETURN NEW;
END
$$;
