CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    note text
);
ALTER TABLE invoices OWNER TO app_read;
-- no OWNER TO: keeps whatever owner it has
CREATE TABLE audit_log (id bigint PRIMARY KEY, entry text);
