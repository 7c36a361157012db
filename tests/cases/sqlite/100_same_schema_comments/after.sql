-- tag catalogue
CREATE TABLE tags (
    id INTEGER PRIMARY KEY, -- rowid alias
    /* display name, unique */
    name TEXT NOT NULL UNIQUE
);
CREATE INDEX tags_name_nocase_idx ON tags (name COLLATE NOCASE); -- case-insensitive lookups
