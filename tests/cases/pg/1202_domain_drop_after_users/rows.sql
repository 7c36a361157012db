SELECT id, tag::text FROM items ORDER BY id;
