INSERT INTO products (id, name) VALUES (1, 'Pen'), (2, 'Pad');
