INSERT INTO ev VALUES (1, '2026-02-01', 'a'), (2, '2026-03-01', 'b');
