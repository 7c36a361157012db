SET lock_timeout = '5s';
ALTER TABLE organizations ADD COLUMN plan text;
DROP TABLE subscriptions;
