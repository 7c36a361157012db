ALTER TABLE users ADD COLUMN nickname text;
SELECT 1;
