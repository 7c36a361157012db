SELECT id, customer_id, qty FROM orders ORDER BY id;
