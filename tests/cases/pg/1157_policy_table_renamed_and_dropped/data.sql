INSERT INTO invoices VALUES (1, 'acme', 120.00), (2, 'globex', 990.50);
