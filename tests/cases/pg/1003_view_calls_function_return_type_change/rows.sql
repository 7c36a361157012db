SELECT id, qty, unit_price FROM lines ORDER BY id;
