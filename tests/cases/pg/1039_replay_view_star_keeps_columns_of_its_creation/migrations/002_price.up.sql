-- The view keeps the columns it had when it was created.
ALTER TABLE items ADD COLUMN price numeric;
