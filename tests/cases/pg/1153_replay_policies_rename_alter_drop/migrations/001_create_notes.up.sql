CREATE TABLE notes (
    id integer PRIMARY KEY,
    author text NOT NULL,
    body text NOT NULL,
    hidden boolean NOT NULL DEFAULT false
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_select ON notes FOR SELECT USING (NOT hidden);
CREATE POLICY notes_own ON notes TO app_write USING (author = current_user);
COMMENT ON POLICY notes_own ON notes IS 'authors edit their notes';
