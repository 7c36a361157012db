INSERT INTO customers (id, name, email, phone) VALUES (1, 'Acme', 'ops@acme.test', '555-0100'), (2, 'Globex', NULL, NULL);
