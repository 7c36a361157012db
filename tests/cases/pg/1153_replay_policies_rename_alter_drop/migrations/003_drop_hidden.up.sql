DROP POLICY notes_visible ON notes;
DROP POLICY IF EXISTS notes_never_there ON notes;
ALTER TABLE notes DROP COLUMN hidden;
ALTER TABLE notes RENAME TO memos;
