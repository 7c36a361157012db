SET lock_timeout = '5s';
-- shale:ignore drop-column nobody reads this since v5

ALTER TABLE customers DROP COLUMN old_segment;
