SET lock_timeout = '5s';
SET LOCAL TIME ZONE 'UTC';
ALTER TABLE shipments
  ALTER COLUMN shipped_at TYPE timestamptz,
  ALTER COLUMN delivered_at TYPE timestamptz;
