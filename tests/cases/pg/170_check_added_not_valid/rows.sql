SELECT id, qty FROM orders ORDER BY id;
