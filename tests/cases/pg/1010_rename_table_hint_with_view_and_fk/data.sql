INSERT INTO accounts VALUES (1, 'ada'), (2, 'bob');
INSERT INTO invoices VALUES (1, 1, 10.00);
