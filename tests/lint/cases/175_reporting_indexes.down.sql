DROP INDEX refunds_created_at_idx;
DROP INDEX payments_invoice_id_idx;
DROP INDEX invoices_issued_at_idx;
