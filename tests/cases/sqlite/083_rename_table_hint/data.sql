INSERT INTO customer (id, name) VALUES (1, 'Acme'), (2, 'Globex');
INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 100), (2, 2, 50), (3, 1, 25);
