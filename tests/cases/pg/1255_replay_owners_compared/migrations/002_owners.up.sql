-- the table's owner moves its serial sequence along; renames keep owners
ALTER TABLE app_owner.accounts OWNER TO app_other, ADD COLUMN tier app_owner.tier;
ALTER SEQUENCE app_owner.accounts_id_seq OWNER TO app_other;
ALTER SCHEMA app_owner RENAME TO core;
ALTER SCHEMA core OWNER TO app_write;
ALTER TYPE core.tier RENAME TO level;
