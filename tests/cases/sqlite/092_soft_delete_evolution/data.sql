INSERT INTO documents (id, owner_id, title) VALUES (1, 1, 'Plan'), (2, 1, 'Budget'), (3, 2, 'Notes');
