INSERT INTO invoices (amount, note) VALUES (10.50, 'first'), (99.99, NULL), (0, 'zero');
INSERT INTO audit_log VALUES (1, 'created');
