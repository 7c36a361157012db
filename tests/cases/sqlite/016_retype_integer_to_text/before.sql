CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL,
    amount REAL
);
