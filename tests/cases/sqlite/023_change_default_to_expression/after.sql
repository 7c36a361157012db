CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    created_at TEXT DEFAULT (datetime('now'))
);
