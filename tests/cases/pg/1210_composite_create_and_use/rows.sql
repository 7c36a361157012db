SELECT id, note FROM orders ORDER BY id;
