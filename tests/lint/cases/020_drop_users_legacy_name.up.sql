SET lock_timeout = '5s';
-- shale:ignore drop-column unused since v2.3, data archived in ticket OPS-412
ALTER TABLE users DROP COLUMN legacy_name;
