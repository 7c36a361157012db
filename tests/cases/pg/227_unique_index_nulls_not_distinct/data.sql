INSERT INTO devices VALUES (1, 'a', 'x', false), (2, NULL, 'y', false), (3, 'c', NULL, true);
