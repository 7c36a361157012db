INSERT INTO events (id, kind) VALUES (1, 'login'), (2, 'logout');
