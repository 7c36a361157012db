SET lock_timeout = '5s';
ALTER TABLE guest_checkouts DROP COLUMN id;
