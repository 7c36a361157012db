INSERT INTO order_lines (id, quantity, unit_price) VALUES (1, 2, 9.5), (2, 1, 100.0);
