SET lock_timeout = '5s';
ALTER TABLE playlist_items ADD COLUMN shuffle_key double precision DEFAULT random();
CREATE INDEX playlist_items_shuffle_idx ON playlist_items (playlist_id, shuffle_key);
