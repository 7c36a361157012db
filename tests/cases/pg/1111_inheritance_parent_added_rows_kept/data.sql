INSERT INTO items VALUES (1, 'pen');
INSERT INTO books VALUES (2, 'novel', '978-0');
