-- shale:no-transaction
-- shale:ignore add-unique-constraint duplicates removed by the cleanup job of CRM-88, verified on a prod snapshot
CREATE UNIQUE INDEX CONCURRENTLY customers_email_idx ON customers (email);
