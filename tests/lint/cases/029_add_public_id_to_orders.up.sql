SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX orders_public_id_key ON orders (public_id);
