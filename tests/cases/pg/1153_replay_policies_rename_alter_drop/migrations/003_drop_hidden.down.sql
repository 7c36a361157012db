ALTER TABLE memos RENAME TO notes;
ALTER TABLE notes ADD COLUMN hidden boolean NOT NULL DEFAULT false;
CREATE POLICY notes_visible ON notes FOR SELECT USING (NOT hidden);
