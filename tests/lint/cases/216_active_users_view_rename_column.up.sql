ALTER VIEW active_users RENAME COLUMN name TO full_name;
