INSERT INTO orders (id) VALUES (1), (2);
INSERT INTO order_lines (id, order_id, amount) VALUES (1, 1, 10), (2, 1, 5), (3, 2, 7);
