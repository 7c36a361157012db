CREATE TABLE invoices (
    code text PRIMARY KEY,
    seq_no bigserial NOT NULL
);
