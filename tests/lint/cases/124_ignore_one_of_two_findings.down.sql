ALTER TABLE line_items ALTER COLUMN price TYPE integer;
