CREATE TABLE refunds (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_id bigint NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE refunds
  ADD CONSTRAINT refunds_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES payments (id);

CREATE INDEX refunds_payment_id_idx ON refunds (payment_id);

SET lock_timeout = '5s';
ALTER TABLE payments ADD COLUMN refunded_cents bigint NOT NULL;
