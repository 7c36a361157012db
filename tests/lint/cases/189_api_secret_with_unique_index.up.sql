SET lock_timeout = '5s';
ALTER TABLE webhook_endpoints ADD COLUMN signing_key text DEFAULT gen_random_uuid()::text;
CREATE UNIQUE INDEX webhook_endpoints_signing_key_key ON webhook_endpoints (signing_key);
