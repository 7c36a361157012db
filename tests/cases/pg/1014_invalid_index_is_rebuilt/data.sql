INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');
-- What a failed CREATE UNIQUE INDEX CONCURRENTLY leaves behind.
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'users_email_idx'::regclass;
