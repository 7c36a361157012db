INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
INSERT INTO orders (id, user_id, total) VALUES (1, 1, 10), (2, 2, 20), (3, NULL, 5);
