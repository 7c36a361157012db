SELECT id, amount FROM orders ORDER BY id;
SELECT id, qty::text FROM o ORDER BY id;
