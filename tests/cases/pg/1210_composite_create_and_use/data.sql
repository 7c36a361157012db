INSERT INTO orders VALUES (1, 'a'), (2, 'b');
