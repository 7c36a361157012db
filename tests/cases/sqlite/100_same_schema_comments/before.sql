CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE INDEX tags_name_nocase_idx ON tags (name COLLATE NOCASE);
