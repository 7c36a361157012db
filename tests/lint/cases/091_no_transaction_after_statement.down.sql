-- shale:no-transaction
DROP INDEX CONCURRENTLY invoices_customer_id_idx;
