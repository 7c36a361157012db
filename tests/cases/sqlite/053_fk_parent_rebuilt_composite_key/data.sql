INSERT INTO order_lines (order_id, line_no, sku) VALUES (1, 1, 'PEN-1'), (1, 2, 'PAD-2'), (2, 1, 'INK-3');
INSERT INTO shipments (id, order_id, line_no, shipped_at) VALUES (1, 1, 1, '2024-03-01'), (2, 2, 1, NULL);
