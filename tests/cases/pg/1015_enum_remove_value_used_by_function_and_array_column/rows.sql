SELECT id, state::text, history::text FROM docs ORDER BY id;
