SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN tracking_number text, ADD COLUMN carrier text;
DROP TABLE shipments;
