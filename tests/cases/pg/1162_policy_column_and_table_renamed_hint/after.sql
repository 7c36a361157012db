-- PostgreSQL's renames carry into the policies: they are left alone
-- shale:renamed-from drafts
CREATE TABLE papers (
    id integer CONSTRAINT drafts_pkey PRIMARY KEY,
    -- shale:renamed-from owner
    author text NOT NULL,
    shared boolean NOT NULL DEFAULT false
);
ALTER TABLE papers ENABLE ROW LEVEL SECURITY;
CREATE POLICY drafts_owner ON papers TO app_write USING (author = current_user) WITH CHECK (author = current_user);
CREATE POLICY drafts_shared ON papers FOR SELECT TO app_read USING (shared AND length(author) > 0);

CREATE VIEW draft_rows AS SELECT id, author AS owner, shared FROM papers;
