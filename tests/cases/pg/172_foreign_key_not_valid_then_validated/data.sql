INSERT INTO customers VALUES (1), (2);
INSERT INTO orders VALUES (10, 1), (11, 2), (12, NULL);
