INSERT INTO orders (id, total) VALUES (1, 19.99), (2, 5.0), (3, 120.5);
