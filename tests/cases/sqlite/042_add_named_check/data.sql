INSERT INTO orders (id, total) VALUES (1, 10), (2, 0);
