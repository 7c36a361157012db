INSERT INTO entries VALUES (1, 'happy', 3), (2, 'sad', 5);
