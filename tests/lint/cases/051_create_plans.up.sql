CREATE TABLE plans (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  monthly_price_cents bigint NOT NULL,
  max_seats integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE organizations ADD COLUMN plan_id bigint NOT NULL REFERENCES plans (id);
