SELECT id, qty::text FROM orders ORDER BY id;
