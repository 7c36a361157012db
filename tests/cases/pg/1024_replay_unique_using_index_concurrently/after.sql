-- The safe pattern shale's lint recommends: the concurrently built index
-- becomes the constraint's index.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    CONSTRAINT users_email_key UNIQUE (email)
);
