ALTER TABLE orders ADD COLUMN line_items_json jsonb;
DROP TABLE order_items;
