CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT,
    country TEXT,
    created_at TEXT,
    deleted_at TEXT
);

CREATE UNIQUE INDEX users_email_live_key ON users (email) WHERE deleted_at IS NULL;
