INSERT INTO customers (id, name, tier) VALUES (1, 'Acme', 1), (2, 'Globex', 3), (3, 'Initech', NULL);
INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 100), (2, 1, 50), (3, 2, 75), (4, 3, 10);
