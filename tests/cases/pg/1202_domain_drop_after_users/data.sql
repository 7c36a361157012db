INSERT INTO items VALUES (1, 3, 'x'), (2, NULL, 'y');
