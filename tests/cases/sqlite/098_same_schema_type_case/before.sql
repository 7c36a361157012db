CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload BLOB,
    score REAL,
    amount NUMERIC,
    label VARCHAR(50)
);
