DROP INDEX orders_fulfilled_at_idx;
SET lock_timeout = '5s';
ALTER TABLE orders DROP CONSTRAINT orders_fulfilled_after_placed;
ALTER TABLE orders DROP COLUMN fulfillment_notes;
ALTER TABLE orders DROP COLUMN fulfilled_at;
