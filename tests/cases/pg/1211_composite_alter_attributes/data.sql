INSERT INTO people VALUES (1, ROW('Main St', 'Springfield', 12345)), (2, NULL);
