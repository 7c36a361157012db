INSERT INTO members VALUES (1, 'alice');
INSERT INTO tasks VALUES (1, 1, 'alice', false), (2, 1, NULL, true);
