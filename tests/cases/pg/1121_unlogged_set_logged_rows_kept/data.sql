INSERT INTO staging VALUES (1, 'a'), (2, 'b');
INSERT INTO cache VALUES ('k', 'v');
