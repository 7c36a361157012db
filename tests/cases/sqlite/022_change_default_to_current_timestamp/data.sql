INSERT INTO posts (id, title) VALUES (1, 'A');
INSERT INTO posts (id, title, created_at) VALUES (2, 'B', '2024-05-01 10:00:00');
