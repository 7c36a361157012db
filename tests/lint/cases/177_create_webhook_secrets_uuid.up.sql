CREATE TABLE webhook_secrets (
  id uuid DEFAULT gen_random_uuid() PRIMARY KEY,
  endpoint_id bigint NOT NULL REFERENCES webhook_endpoints (id),
  secret bytea NOT NULL,
  rotated_at timestamptz
);

CREATE INDEX webhook_secrets_endpoint_id_idx ON webhook_secrets (endpoint_id);
