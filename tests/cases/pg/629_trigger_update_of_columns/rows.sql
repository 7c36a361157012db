SELECT id, total, note FROM orders ORDER BY id;
