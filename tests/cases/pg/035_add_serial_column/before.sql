CREATE TABLE invoices (
    code text PRIMARY KEY
);
