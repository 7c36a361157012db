ALTER TABLE ledger DROP COLUMN note;
ALTER TABLE ledger OWNER TO app_owner;
