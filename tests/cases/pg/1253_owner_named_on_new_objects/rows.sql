SELECT id, total, status FROM orders ORDER BY id;
