INSERT INTO tickets VALUES (1, 'open', 'alice'), (2, 'closed', 'bob');
