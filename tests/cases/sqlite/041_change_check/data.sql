INSERT INTO order_lines (id, sku, qty) VALUES (1, 'PEN-1', 2), (2, 'PAD-2', 100);
