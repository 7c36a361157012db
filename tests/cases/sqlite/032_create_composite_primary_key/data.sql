INSERT INTO posts (id, title) VALUES (1, 'Hello');
INSERT INTO tags (id, name) VALUES (1, 'intro'), (2, 'meta');
