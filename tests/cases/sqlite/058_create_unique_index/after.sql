CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT,
    country TEXT,
    created_at TEXT,
    deleted_at TEXT
);

CREATE UNIQUE INDEX users_email_key ON users (email);
