-- shale:ignore require-lock-timeout maintenance window, app is stopped
ALTER TABLE line_items ALTER COLUMN price TYPE bigint;
