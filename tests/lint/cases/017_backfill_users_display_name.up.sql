UPDATE users
SET display_name = coalesce(nickname, full_name, split_part(email, '@', 1))
WHERE display_name IS NULL;

-- display_name replaces nickname everywhere
ALTER TABLE users DROP COLUMN nickname;
