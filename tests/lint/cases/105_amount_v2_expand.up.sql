SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN amount_v2 numeric(12,2);

CREATE OR REPLACE FUNCTION invoices_sync_amount_v2() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.amount_v2 := NEW.amount;
  RETURN NEW;
END;
$$;

CREATE TRIGGER invoices_sync_amount_v2
  BEFORE INSERT OR UPDATE OF amount ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_sync_amount_v2();
