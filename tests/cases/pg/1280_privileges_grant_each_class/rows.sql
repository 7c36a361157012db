SELECT id, name, price::text FROM items ORDER BY id;
SELECT last_value FROM counter;
SELECT id, label FROM tags ORDER BY id;
