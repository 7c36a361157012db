INSERT INTO accounts (id, username, email) VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', 'bob@example.com');
