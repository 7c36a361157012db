CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric(12,2) NOT NULL
);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_customer ON invoices FOR SELECT TO app_read USING (customer = current_user);
CREATE POLICY invoices_total ON invoices FOR UPDATE TO app_write USING (total < 1000);
COMMENT ON POLICY invoices_customer ON invoices IS 'customers see their invoices';

CREATE TABLE audit_log (
    id integer PRIMARY KEY,
    actor text NOT NULL
);
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_actor ON audit_log FOR SELECT USING (actor = current_user);

CREATE VIEW invoice_rows AS SELECT id, customer, total FROM invoices;
