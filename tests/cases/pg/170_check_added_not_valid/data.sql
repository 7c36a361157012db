INSERT INTO orders VALUES (1, 5), (2, 0), (3, -1);
