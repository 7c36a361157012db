SELECT id, quantity::text FROM stock ORDER BY id;
