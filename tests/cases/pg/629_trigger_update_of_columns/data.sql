INSERT INTO orders VALUES (1, 10, 'a', NULL);
