INSERT INTO accounts VALUES (1, 'acme', 10.50), (2, 'globex', 0);
