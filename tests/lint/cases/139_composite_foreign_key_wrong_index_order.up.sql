CREATE TABLE return_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL,
  order_item_id bigint NOT NULL,
  reason text,
  FOREIGN KEY (order_id, order_item_id) REFERENCES order_items (order_id, id) ON DELETE RESTRICT
);

CREATE INDEX return_items_item_order_idx ON return_items (order_item_id, order_id);
