SELECT id, isbn FROM ONLY books ORDER BY id;
