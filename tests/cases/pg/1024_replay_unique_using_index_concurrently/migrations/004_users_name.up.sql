-- any later migration still replays
ALTER TABLE users ADD COLUMN name text;
