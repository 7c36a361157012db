INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
INSERT INTO posts (id, author_id, title) VALUES (1, 1, 'Intro'), (2, 2, 'Followup');
