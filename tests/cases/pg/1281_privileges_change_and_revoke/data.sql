INSERT INTO items VALUES (1, 'pen'), (2, 'ink');
