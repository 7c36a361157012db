CREATE TABLE invoice_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL REFERENCES invoices (id),
  kind text NOT NULL,
  data jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX invoice_events_invoice_id_idx ON invoice_events (invoice_id, created_at);

INSERT INTO invoice_events (invoice_id, kind, created_at)
SELECT id, 'issued', issued_at FROM invoices WHERE issued_at IS NOT NULL;
