CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT,
    country TEXT,
    created_at TEXT,
    deleted_at TEXT
);

CREATE INDEX users_active_country_idx ON users (country) WHERE deleted_at IS NULL AND country IS NOT NULL;
