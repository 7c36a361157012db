INSERT INTO tags (id, name) VALUES (1, 'SQLite'), (2, 'C++');
