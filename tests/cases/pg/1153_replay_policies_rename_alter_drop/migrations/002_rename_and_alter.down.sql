ALTER TABLE notes NO FORCE ROW LEVEL SECURITY;
ALTER TABLE notes RENAME COLUMN written_by TO author;
DROP POLICY notes_own ON notes;
CREATE POLICY notes_own ON notes TO app_write USING (author = current_user);
COMMENT ON POLICY notes_own ON notes IS 'authors edit their notes';
ALTER POLICY notes_visible ON notes RENAME TO notes_select;
