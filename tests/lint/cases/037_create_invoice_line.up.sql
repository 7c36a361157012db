CREATE TABLE invoice_line (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL REFERENCES invoices (id),
  description text NOT NULL,
  quantity numeric(10,2) NOT NULL DEFAULT 1,
  unit_amount_cents bigint NOT NULL
);

CREATE INDEX invoice_line_invoice_id_idx ON invoice_line (invoice_id);

SET lock_timeout = '5s';
ALTER TABLE invoices DROP COLUMN line_items;
