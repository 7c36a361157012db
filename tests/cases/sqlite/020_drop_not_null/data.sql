INSERT INTO posts (id, title, summary) VALUES (1, 'A', 'about a'), (2, 'B', 'about b');
