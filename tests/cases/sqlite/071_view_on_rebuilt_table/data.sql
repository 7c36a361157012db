INSERT INTO products (id, name, price) VALUES (1, 'Pen', 1.5), (2, 'Lamp', 25.0);
