CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY documents_read ON documents FOR SELECT TO app_read, app_write
    USING (published OR owner = current_user);
CREATE POLICY documents_write ON documents AS PERMISSIVE FOR ALL TO app_write
    USING (owner = current_user) WITH CHECK (owner = current_user AND length(title) > 0);
CREATE POLICY documents_no_drafts ON documents AS RESTRICTIVE FOR INSERT
    WITH CHECK (NOT published OR title <> '');
COMMENT ON POLICY documents_read ON documents IS 'readers see published documents and their own';
