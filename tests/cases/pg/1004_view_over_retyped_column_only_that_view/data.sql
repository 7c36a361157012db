INSERT INTO products VALUES (1, 'pen', 1.50), (2, 'lamp', 45.00);
INSERT INTO orders VALUES (1, 1, 1.50);
