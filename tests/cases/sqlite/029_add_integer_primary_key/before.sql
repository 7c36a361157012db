CREATE TABLE customers (
    id INTEGER NOT NULL,
    name TEXT NOT NULL
);
