SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN full_name text;
UPDATE users SET full_name = concat_ws(' ', first_name, last_name);
ALTER TABLE users DROP COLUMN last_name, DROP COLUMN first_name;
