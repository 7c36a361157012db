INSERT INTO products VALUES (1, 'pen'), (2, 'ink');
INSERT INTO order_lines VALUES (1, 'ink');
