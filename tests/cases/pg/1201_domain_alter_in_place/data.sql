INSERT INTO items VALUES (1, 5, 'A1'), (2, 20, 'B2');
