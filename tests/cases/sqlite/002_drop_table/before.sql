CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL,
    expires_at TEXT
);
