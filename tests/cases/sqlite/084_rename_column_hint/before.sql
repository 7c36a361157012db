CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    fullname TEXT NOT NULL,
    email TEXT
);
