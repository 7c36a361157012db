SET lock_timeout = '5s';
-- shale:no-transaction
CREATE INDEX CONCURRENTLY invoices_customer_id_idx ON invoices (customer_id);
