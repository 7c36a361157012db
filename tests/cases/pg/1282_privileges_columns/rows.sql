SELECT id, email, password_hash, name FROM users ORDER BY id;
