ALTER TABLE orders DROP COLUMN status_id;
DROP TABLE order_statuses;
