CREATE TABLE invoices (
    id INTEGER,
    number TEXT NOT NULL,
    amount NUMERIC,
    PRIMARY KEY (id)
);
