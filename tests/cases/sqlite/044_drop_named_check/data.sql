INSERT INTO invoices (id, due_date, issued_date) VALUES (1, '2024-02-01', '2024-01-01'), (2, NULL, '2024-01-05');
