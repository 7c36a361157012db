INSERT INTO customers (id, name) VALUES (10, 'Acme'), (20, 'Globex'), (30, 'Initech');
