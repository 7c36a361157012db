INSERT INTO products (id, name, price) VALUES (1, 'Pen', 1.5), (2, 'Pad', 3.0), (3, 'Ink', NULL);
