CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    amount numeric(10,2) NOT NULL
);
