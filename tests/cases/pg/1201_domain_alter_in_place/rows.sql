SELECT id, qty, sku FROM items ORDER BY id;
