SET lock_timeout = '5s';
ALTER TABLE guest_checkouts ADD COLUMN id uuid PRIMARY KEY DEFAULT gen_random_uuid();
