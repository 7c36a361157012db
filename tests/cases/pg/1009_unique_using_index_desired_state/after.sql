-- Constraints made from existing indexes. PostgreSQL renames the index to the
-- constraint's name (members_handle_idx becomes members_handle_key), and a
-- primary key made from an index sets NOT NULL on its columns.
CREATE TABLE members (
    id integer NOT NULL,
    email text NOT NULL,
    handle text NOT NULL
);

CREATE UNIQUE INDEX members_id_idx ON members (id);
ALTER TABLE members ADD CONSTRAINT members_pkey PRIMARY KEY USING INDEX members_id_idx;

CREATE UNIQUE INDEX members_email_key ON members (email);
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE USING INDEX members_email_key;

CREATE UNIQUE INDEX members_handle_idx ON members (handle);
ALTER TABLE members ADD CONSTRAINT members_handle_key UNIQUE USING INDEX members_handle_idx;
