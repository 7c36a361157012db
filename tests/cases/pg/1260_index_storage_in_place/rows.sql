SELECT id, title, tags, published FROM articles ORDER BY id;
