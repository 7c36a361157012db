INSERT INTO orders VALUES (1, 10, 'new'), (2, 20, 'paid');
