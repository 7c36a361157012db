-- The live index users_email_idx is INVALID (as a failed CREATE INDEX
-- CONCURRENTLY leaves it; data.sql marks it so): it is not the index the
-- desired state asks for, so the plan drops it and builds it again.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE UNIQUE INDEX users_email_idx ON users (email);
CREATE INDEX users_id_email_idx ON users (id, email);
