CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users (id),
    title TEXT
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    message TEXT,
    logged_at TEXT
);
