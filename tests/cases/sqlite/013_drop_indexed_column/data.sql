INSERT INTO posts (id, title, category, published_at) VALUES (1, 'A', 'news', '2024-01-01'), (2, 'B', 'tech', NULL);
