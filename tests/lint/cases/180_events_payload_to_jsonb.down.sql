SET lock_timeout = '5s';
ALTER TABLE webhook_deliveries ALTER COLUMN request_body TYPE json USING request_body::json;
