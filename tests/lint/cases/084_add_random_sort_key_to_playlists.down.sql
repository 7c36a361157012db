DROP INDEX playlist_items_shuffle_idx;
SET lock_timeout = '5s';
ALTER TABLE playlist_items DROP COLUMN shuffle_key;
