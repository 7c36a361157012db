CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    due_date TEXT,
    issued_date TEXT NOT NULL
);
