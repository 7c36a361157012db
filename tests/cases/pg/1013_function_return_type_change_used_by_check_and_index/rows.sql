SELECT id, w FROM words ORDER BY id;
