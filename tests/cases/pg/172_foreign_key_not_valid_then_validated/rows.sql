SELECT id, customer_id FROM orders ORDER BY id;
