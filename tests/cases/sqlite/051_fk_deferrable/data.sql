INSERT INTO invoices (id, number) VALUES (1, 'INV-001'), (2, 'INV-002');
INSERT INTO invoice_items (id, invoice_id, description, amount) VALUES (1, 1, 'Consulting', 500), (2, 1, 'Travel', 80), (3, 2, 'Support', 120);
