ALTER TABLE IF EXISTS ledger_old OWNER TO app_owner;
ALTER TABLE ledger OWNER TO app_read, ADD COLUMN note text;
