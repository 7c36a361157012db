-- shale:irreversible
ALTER TABLE orders ADD COLUMN legacy_channel text;
