INSERT INTO posts (id, title) VALUES (1, 'Hello'), (2, 'World');
INSERT INTO comments (id, post_id, body) VALUES (1, 1, 'nice'), (2, 1, 'agreed'), (3, 2, 'hm');
