INSERT INTO tasks (id, title, priority) VALUES (1, 'Write tests', 1), (2, 'Ship', NULL);
