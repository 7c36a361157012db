INSERT INTO drafts VALUES (1, 'alice', true), (2, 'bob', false);
