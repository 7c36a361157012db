SELECT id, name, price::text FROM products ORDER BY id;
SELECT id, product_id, price FROM orders ORDER BY id;
