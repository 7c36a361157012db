INSERT INTO tickets (id, title, status) VALUES (1, 'Broken login', 'open'), (2, 'Typo', 'closed'), (3, 'Slow page', 'open');
