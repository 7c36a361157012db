CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    due_date TEXT,
    issued_date TEXT NOT NULL,
    CONSTRAINT invoices_due_after_issue CHECK (due_date IS NULL OR due_date >= issued_date)
);
