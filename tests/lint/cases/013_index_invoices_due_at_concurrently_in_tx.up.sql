CREATE INDEX CONCURRENTLY invoices_due_at_idx ON invoices (due_at);
