CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT
);

CREATE VIEW customer_contacts AS
    SELECT id, name, phone FROM customers;
