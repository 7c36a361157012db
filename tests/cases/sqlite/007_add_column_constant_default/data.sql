INSERT INTO posts (id, title) VALUES (1, 'First'), (2, 'Second');
