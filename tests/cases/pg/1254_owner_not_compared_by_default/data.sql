INSERT INTO members VALUES (1, 'ann'), (2, 'bob');
