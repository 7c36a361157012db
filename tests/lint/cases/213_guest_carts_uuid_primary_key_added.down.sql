SET lock_timeout = '5s';
ALTER TABLE guest_carts DROP COLUMN id;
