CREATE TABLE billing.credit_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL REFERENCES invoices (id),
  amount_cents bigint NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX credit_notes_invoice_id_idx ON billing.credit_notes (invoice_id);
CREATE INDEX credit_notes_issued_at_idx ON credit_notes (issued_at);
