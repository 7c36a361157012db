ALTER POLICY notes_select ON notes RENAME TO notes_visible;
ALTER POLICY notes_own ON notes TO app_write, app_read WITH CHECK (author = current_user AND body <> '');
ALTER TABLE notes RENAME COLUMN author TO written_by;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
