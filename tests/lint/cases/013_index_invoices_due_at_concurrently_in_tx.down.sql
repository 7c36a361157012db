DROP INDEX CONCURRENTLY invoices_due_at_idx;
