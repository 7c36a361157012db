INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
INSERT INTO posts (id, user_id, title, slug) VALUES (1, 1, 'Hello', 'hello'), (2, 2, 'World', NULL);
INSERT INTO comments (id, post_id, body) VALUES (1, 1, 'nice'), (2, 2, 'ok'), (3, 2, 'meh');
