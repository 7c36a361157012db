SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN public_id uuid;
ALTER TABLE invoices ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
