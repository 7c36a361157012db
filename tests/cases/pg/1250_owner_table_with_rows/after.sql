-- the owner changes; PostgreSQL moves the serial sequence with its table
CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    note text
);
ALTER TABLE invoices OWNER TO app_owner;
CREATE TABLE audit_log (id bigint PRIMARY KEY, entry text);
