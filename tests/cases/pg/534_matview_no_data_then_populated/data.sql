INSERT INTO metrics VALUES (1, 2.5), (2, 4);
