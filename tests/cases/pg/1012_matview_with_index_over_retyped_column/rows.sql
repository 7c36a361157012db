SELECT id, region, amount::text FROM payments ORDER BY id;
