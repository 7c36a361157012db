SET lock_timeout = '5s';
ALTER TABLE orders
  ALTER COLUMN total_cents DROP NOT NULL,
  ALTER COLUMN total_cents TYPE bigint,
  ALTER COLUMN total_cents SET DEFAULT 0;
