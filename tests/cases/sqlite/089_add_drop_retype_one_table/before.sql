CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    legacy_id VARCHAR(20),
    email TEXT NOT NULL,
    age VARCHAR(3)
);
