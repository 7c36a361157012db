CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  order_id bigint REFERENCES orders (id),
  number text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'draft',
  amount integer NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  issued_at timestamptz,
  due_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE INDEX invoices_order_id_idx ON invoices (order_id);
CREATE INDEX invoices_status_due_at_idx ON invoices (status, due_at) WHERE status = 'open';

SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN invoice_id bigint REFERENCES invoices (id);
CREATE INDEX orders_invoice_id_idx ON orders (invoice_id);
