INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
INSERT INTO posts (id, user_id, title) VALUES (1, 1, 'Hello'), (2, 2, 'World');
INSERT INTO audit_log (message, logged_at) VALUES ('boot', '2024-01-01');
