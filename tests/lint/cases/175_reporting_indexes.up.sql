-- Indexes for the finance dashboard (FIN-310)
CREATE INDEX invoices_issued_at_idx ON invoices (issued_at);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
CREATE INDEX refunds_created_at_idx ON refunds USING brin (created_at);
