-- shale:renamed-from invoices
CREATE TABLE bills (
    id integer CONSTRAINT invoices_pkey PRIMARY KEY,
    customer text NOT NULL,
    total numeric(12,2) NOT NULL
);
ALTER TABLE bills ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_customer ON bills FOR SELECT TO app_read USING (customer = current_user);
CREATE POLICY invoices_total ON bills FOR UPDATE TO app_write USING (total < 5000);
COMMENT ON POLICY invoices_customer ON bills IS 'customers see their invoices';

CREATE VIEW invoice_rows AS SELECT id, customer, total FROM bills;
