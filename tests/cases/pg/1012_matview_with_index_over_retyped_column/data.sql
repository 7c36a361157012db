INSERT INTO payments VALUES (1, 'north', 10.50), (2, 'south', 999999.99);
