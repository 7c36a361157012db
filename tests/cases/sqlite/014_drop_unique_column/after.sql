CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL
);
