INSERT INTO tasks VALUES (1, 'write', 'new'), (2, 'ship', 'done');
INSERT INTO tasks (id, title) VALUES (3, 'test');
