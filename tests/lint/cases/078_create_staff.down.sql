SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN is_staff boolean NOT NULL DEFAULT false;
DROP TABLE staff;
