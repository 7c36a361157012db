SET lock_timeout = '5s';
ALTER TABLE line_items DROP CONSTRAINT line_items_invoice_id_fkey;
DROP INDEX line_items_invoice_id_idx;
