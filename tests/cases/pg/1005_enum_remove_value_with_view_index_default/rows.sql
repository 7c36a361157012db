SELECT id, title, state::text FROM tasks ORDER BY id;
