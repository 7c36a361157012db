INSERT INTO metrics (id, name, value) VALUES (1, 'cpu', 0.75), (2, 'mem', 512.0);
