SET lock_timeout = '5s';
ALTER TABLE webhook_endpoints DROP COLUMN signing_key;
