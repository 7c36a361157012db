INSERT INTO employees (id, name, manager_id) VALUES (1, 'Grace', NULL), (2, 'Ada', 1), (3, 'Alan', 2);
