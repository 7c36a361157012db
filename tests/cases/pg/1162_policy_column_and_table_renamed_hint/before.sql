CREATE TABLE drafts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    shared boolean NOT NULL DEFAULT false
);
ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY drafts_owner ON drafts TO app_write USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY drafts_shared ON drafts FOR SELECT TO app_read USING (shared AND length(owner) > 0);

CREATE VIEW draft_rows AS SELECT id, owner, shared FROM drafts;
