SET lock_timeout = '5s'; -- shale:ignore change-column-type approved in the 2025-03 maintenance window
ALTER TABLE webhook_deliveries ALTER COLUMN response_status TYPE integer;
