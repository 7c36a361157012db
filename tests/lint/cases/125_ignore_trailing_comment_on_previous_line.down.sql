SET lock_timeout = '5s';
ALTER TABLE webhook_deliveries ALTER COLUMN response_status TYPE smallint;
