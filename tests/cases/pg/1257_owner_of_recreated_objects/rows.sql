SELECT id, feeling::text, score FROM entries ORDER BY id;
