INSERT INTO users (id, fullname, email) VALUES (1, 'Ann Smith', 'ann@example.com'), (2, 'Bob Jones', NULL);
