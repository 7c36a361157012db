INSERT INTO invoices (id, customer, amount) VALUES (1, 'Acme', 10.0), (2, 'Globex', 22.5);
