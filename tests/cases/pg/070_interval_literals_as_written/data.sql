INSERT INTO sessions (id) VALUES (1), (2);
