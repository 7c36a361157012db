CREATE TABLE memos (
    id integer CONSTRAINT notes_pkey PRIMARY KEY,
    written_by text NOT NULL,
    body text NOT NULL
);
ALTER TABLE memos ENABLE ROW LEVEL SECURITY;
ALTER TABLE memos FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON memos TO app_read, app_write
    USING (written_by = current_user) WITH CHECK (written_by = current_user AND body <> '');
COMMENT ON POLICY notes_own ON memos IS 'authors edit their notes';
