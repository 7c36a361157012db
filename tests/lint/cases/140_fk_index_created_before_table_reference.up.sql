SET lock_timeout = '5s';
-- shale:ignore create-index-non-concurrently line_items is tiny (< 5k rows)
CREATE INDEX line_items_invoice_id_idx ON line_items (invoice_id);
ALTER TABLE line_items
  ADD CONSTRAINT line_items_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;
