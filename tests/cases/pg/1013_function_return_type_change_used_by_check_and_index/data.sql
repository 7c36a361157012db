INSERT INTO words VALUES (1, 'alpha'), (2, 'be');
