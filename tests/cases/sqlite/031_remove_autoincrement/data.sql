INSERT INTO invoices (customer, amount) VALUES ('Acme', 10.0), ('Globex', 22.5);
