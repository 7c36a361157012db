CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL,
  provider text NOT NULL,
  provider_reference text NOT NULL,
  amount_cents bigint NOT NULL,
  received_at timestamptz NOT NULL,
  CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
  CONSTRAINT payments_provider_reference_key UNIQUE (provider, provider_reference)
);

SET lock_timeout = '5s';
ALTER TABLE invoices DROP COLUMN paid_amount_cents;
