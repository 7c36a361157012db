CREATE TABLE "group" (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE memberships (
    group_id INTEGER NOT NULL REFERENCES "group" (id),
    user_id INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
