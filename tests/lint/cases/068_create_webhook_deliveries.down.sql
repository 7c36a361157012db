CREATE TABLE webhook_logs (
  id bigint PRIMARY KEY,
  endpoint_id bigint NOT NULL,
  body text,
  created_at timestamptz NOT NULL DEFAULT now()
);
DROP TABLE webhook_deliveries;
