INSERT INTO users (id, email, nickname, name) VALUES (1, 'ann@example.com', 'annie', 'Ann'), (2, 'bob@example.com', NULL, 'Bob');
