INSERT INTO ev VALUES (1, '2026-01-01'), (2, '2026-06-30 12:00'), (3, '2026-12-31 23:59');
INSERT INTO tags VALUES ('a', 1), ('b', 2), ('x', 3);
