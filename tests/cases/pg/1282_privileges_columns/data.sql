INSERT INTO users VALUES (1, 'a@example.com', 'x', 'Ann'), (2, 'b@example.com', NULL, 'Bob');
