INSERT INTO users (id, username) VALUES (1, 'Ann'), (2, 'bob');
