INSERT INTO tags (id, name, slug) VALUES (1, 'SQLite', 'sqlite'), (2, 'C++', 'cpp');
