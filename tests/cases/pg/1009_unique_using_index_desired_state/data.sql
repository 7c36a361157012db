INSERT INTO members VALUES (1, 'a@x', 'a'), (2, 'b@x', 'b');
