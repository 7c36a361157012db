-- shale:ignore drop-column,require-lock-timeout column unused since v2.3
ALTER TABLE orders DROP COLUMN legacy_channel;
