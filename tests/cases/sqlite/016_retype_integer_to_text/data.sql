INSERT INTO invoices (id, number, amount) VALUES (1, 1001, 99.5), (2, 1002, 12.0);
