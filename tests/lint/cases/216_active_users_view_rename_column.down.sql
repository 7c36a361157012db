ALTER VIEW active_users RENAME COLUMN full_name TO name;
