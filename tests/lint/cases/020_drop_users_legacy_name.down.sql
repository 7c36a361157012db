-- shale:irreversible
ALTER TABLE users ADD COLUMN legacy_name text;
