SET lock_timeout = '5s';
ALTER TABLE shipments
  ALTER COLUMN shipped_at TYPE timestamp,
  ALTER COLUMN delivered_at TYPE timestamp;
