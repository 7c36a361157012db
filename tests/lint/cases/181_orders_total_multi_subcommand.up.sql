SET lock_timeout = '5s';
ALTER TABLE orders
  ALTER COLUMN total_cents DROP DEFAULT,
  ALTER COLUMN total_cents TYPE numeric(14,0),
  ALTER COLUMN total_cents SET NOT NULL;
