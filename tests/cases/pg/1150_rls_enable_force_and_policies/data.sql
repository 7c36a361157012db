INSERT INTO documents VALUES (1, 'alice', 'Draft', false), (2, 'bob', 'Notes', true);
