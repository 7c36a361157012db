INSERT INTO users (id, legacy_id, email, age) VALUES (1, 'L-1', 'ann@example.com', '34'), (2, NULL, 'bob@example.com', NULL);
