INSERT INTO letters VALUES (1, 'draft'), (2, 'sent');
